import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`CREATE TABLE \`translation_memory\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`tenant_id\` integer,
  	\`source_locale\` text NOT NULL,
  	\`target_locale\` text NOT NULL,
  	\`source_text\` text NOT NULL,
  	\`target_text\` text NOT NULL,
  	\`source_hash\` text NOT NULL,
  	\`segment_kind\` text DEFAULT 'field',
  	\`origin_title\` text,
  	\`origin_guide_i_d\` text,
  	\`origin_field\` text,
  	\`confirmed_at\` text,
  	\`confirmed_by\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	FOREIGN KEY (\`tenant_id\`) REFERENCES \`tenants\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`translation_memory_tenant_idx\` ON \`translation_memory\` (\`tenant_id\`);`)
  await db.run(sql`CREATE INDEX \`translation_memory_source_hash_idx\` ON \`translation_memory\` (\`source_hash\`);`)
  await db.run(sql`CREATE INDEX \`translation_memory_confirmed_at_idx\` ON \`translation_memory\` (\`confirmed_at\`);`)
  await db.run(sql`CREATE INDEX \`translation_memory_updated_at_idx\` ON \`translation_memory\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`translation_memory_created_at_idx\` ON \`translation_memory\` (\`created_at\`);`)
  await db.run(sql`ALTER TABLE \`guides\` ADD \`last_edited_by_name\` text;`)
  await db.run(sql`ALTER TABLE \`guides_locales\` ADD \`translation_memory_drafted\` text;`)
  await db.run(sql`ALTER TABLE \`_guides_v\` ADD \`version_last_edited_by_name\` text;`)
  await db.run(sql`ALTER TABLE \`_guides_v_locales\` ADD \`version_translation_memory_drafted\` text;`)
  await db.run(sql`ALTER TABLE \`scheduled_publications\` ADD \`runat_tz\` text DEFAULT 'UTC' NOT NULL;`)
  await db.run(sql`ALTER TABLE \`glossary\` ADD \`keep_as_is\` integer DEFAULT false;`)
  await db.run(sql`ALTER TABLE \`payload_locked_documents_rels\` ADD \`translation_memory_id\` integer REFERENCES translation_memory(id);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_translation_memory_id_idx\` ON \`payload_locked_documents_rels\` (\`translation_memory_id\`);`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`DROP TABLE \`translation_memory\`;`)
  await db.run(sql`PRAGMA foreign_keys=OFF;`)
  await db.run(sql`CREATE TABLE \`__new_payload_locked_documents_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`guides_id\` integer,
  	\`scheduled_publications_id\` integer,
  	\`media_id\` integer,
  	\`glossary_id\` integer,
  	\`countries_id\` integer,
  	\`carriers_id\` integer,
  	\`tenants_id\` integer,
  	\`users_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`payload_locked_documents\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`guides_id\`) REFERENCES \`guides\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`scheduled_publications_id\`) REFERENCES \`scheduled_publications\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`media_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`glossary_id\`) REFERENCES \`glossary\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`countries_id\`) REFERENCES \`countries\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`carriers_id\`) REFERENCES \`carriers\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`tenants_id\`) REFERENCES \`tenants\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`users_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`INSERT INTO \`__new_payload_locked_documents_rels\`("id", "order", "parent_id", "path", "guides_id", "scheduled_publications_id", "media_id", "glossary_id", "countries_id", "carriers_id", "tenants_id", "users_id") SELECT "id", "order", "parent_id", "path", "guides_id", "scheduled_publications_id", "media_id", "glossary_id", "countries_id", "carriers_id", "tenants_id", "users_id" FROM \`payload_locked_documents_rels\`;`)
  await db.run(sql`DROP TABLE \`payload_locked_documents_rels\`;`)
  await db.run(sql`ALTER TABLE \`__new_payload_locked_documents_rels\` RENAME TO \`payload_locked_documents_rels\`;`)
  await db.run(sql`PRAGMA foreign_keys=ON;`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_order_idx\` ON \`payload_locked_documents_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_parent_idx\` ON \`payload_locked_documents_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_path_idx\` ON \`payload_locked_documents_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_guides_id_idx\` ON \`payload_locked_documents_rels\` (\`guides_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_scheduled_publications_id_idx\` ON \`payload_locked_documents_rels\` (\`scheduled_publications_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_media_id_idx\` ON \`payload_locked_documents_rels\` (\`media_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_glossary_id_idx\` ON \`payload_locked_documents_rels\` (\`glossary_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_countries_id_idx\` ON \`payload_locked_documents_rels\` (\`countries_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_carriers_id_idx\` ON \`payload_locked_documents_rels\` (\`carriers_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_tenants_id_idx\` ON \`payload_locked_documents_rels\` (\`tenants_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_users_id_idx\` ON \`payload_locked_documents_rels\` (\`users_id\`);`)
  await db.run(sql`ALTER TABLE \`guides\` DROP COLUMN \`last_edited_by_name\`;`)
  await db.run(sql`ALTER TABLE \`guides_locales\` DROP COLUMN \`translation_memory_drafted\`;`)
  await db.run(sql`ALTER TABLE \`_guides_v\` DROP COLUMN \`version_last_edited_by_name\`;`)
  await db.run(sql`ALTER TABLE \`_guides_v_locales\` DROP COLUMN \`version_translation_memory_drafted\`;`)
  await db.run(sql`ALTER TABLE \`scheduled_publications\` DROP COLUMN \`runat_tz\`;`)
  await db.run(sql`ALTER TABLE \`glossary\` DROP COLUMN \`keep_as_is\`;`)
}
