import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`CREATE TABLE \`translation_work\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`tenant_id\` integer NOT NULL,
  	\`guide_id\` integer NOT NULL,
  	\`locale\` text NOT NULL,
  	\`status\` text NOT NULL,
  	\`review_state\` text,
  	\`needs_work\` integer DEFAULT false,
  	\`is_published\` integer DEFAULT false,
  	\`is_machine_drafted\` integer DEFAULT false,
  	\`changed_field_count\` numeric DEFAULT 0,
  	\`warning_count\` numeric DEFAULT 0,
  	\`source_title\` text,
  	\`source_updated_at\` text NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	FOREIGN KEY (\`tenant_id\`) REFERENCES \`tenants\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`guide_id\`) REFERENCES \`guides\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`translation_work_tenant_idx\` ON \`translation_work\` (\`tenant_id\`);`)
  await db.run(sql`CREATE INDEX \`translation_work_guide_idx\` ON \`translation_work\` (\`guide_id\`);`)
  await db.run(sql`CREATE INDEX \`translation_work_updated_at_idx\` ON \`translation_work\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`translation_work_created_at_idx\` ON \`translation_work\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`needsWork_sourceUpdatedAt_idx\` ON \`translation_work\` (\`needs_work\`,\`source_updated_at\`);`)
  await db.run(sql`CREATE INDEX \`tenant_needsWork_sourceUpdatedAt_idx\` ON \`translation_work\` (\`tenant_id\`,\`needs_work\`,\`source_updated_at\`);`)
  await db.run(sql`CREATE INDEX \`tenant_locale_needsWork_sourceUpdatedAt_idx\` ON \`translation_work\` (\`tenant_id\`,\`locale\`,\`needs_work\`,\`source_updated_at\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`guide_locale_1_idx\` ON \`translation_work\` (\`guide_id\`,\`locale\`);`)
  await db.run(sql`PRAGMA foreign_keys=OFF;`)
  await db.run(sql`CREATE TABLE \`__new_scheduled_publications\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`tenant_id\` integer,
  	\`guide_id\` integer NOT NULL,
  	\`locale\` text NOT NULL,
  	\`action\` text DEFAULT 'publish' NOT NULL,
  	\`run_at\` text NOT NULL,
  	\`runat_tz\` text NOT NULL,
  	\`state\` text DEFAULT 'pending' NOT NULL,
  	\`outcome\` text,
  	\`scheduled_by_id\` integer,
  	\`summary\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	FOREIGN KEY (\`tenant_id\`) REFERENCES \`tenants\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`guide_id\`) REFERENCES \`guides\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`scheduled_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`INSERT INTO \`__new_scheduled_publications\`("id", "tenant_id", "guide_id", "locale", "action", "run_at", "runat_tz", "state", "outcome", "scheduled_by_id", "summary", "updated_at", "created_at") SELECT "id", "tenant_id", "guide_id", "locale", "action", "run_at", "runat_tz", "state", "outcome", "scheduled_by_id", "summary", "updated_at", "created_at" FROM \`scheduled_publications\`;`)
  await db.run(sql`DROP TABLE \`scheduled_publications\`;`)
  await db.run(sql`ALTER TABLE \`__new_scheduled_publications\` RENAME TO \`scheduled_publications\`;`)
  await db.run(sql`PRAGMA foreign_keys=ON;`)
  await db.run(sql`CREATE INDEX \`scheduled_publications_tenant_idx\` ON \`scheduled_publications\` (\`tenant_id\`);`)
  await db.run(sql`CREATE INDEX \`scheduled_publications_guide_idx\` ON \`scheduled_publications\` (\`guide_id\`);`)
  await db.run(sql`CREATE INDEX \`scheduled_publications_run_at_idx\` ON \`scheduled_publications\` (\`run_at\`);`)
  await db.run(sql`CREATE INDEX \`scheduled_publications_state_idx\` ON \`scheduled_publications\` (\`state\`);`)
  await db.run(sql`CREATE INDEX \`scheduled_publications_scheduled_by_idx\` ON \`scheduled_publications\` (\`scheduled_by_id\`);`)
  await db.run(sql`CREATE INDEX \`scheduled_publications_updated_at_idx\` ON \`scheduled_publications\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`scheduled_publications_created_at_idx\` ON \`scheduled_publications\` (\`created_at\`);`)
  await db.run(sql`ALTER TABLE \`tenants\` ADD \`time_zone\` text DEFAULT 'UTC';`)
  await db.run(sql`ALTER TABLE \`payload_locked_documents_rels\` ADD \`translation_work_id\` integer REFERENCES translation_work(id);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_translation_work_id_idx\` ON \`payload_locked_documents_rels\` (\`translation_work_id\`);`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`DROP TABLE \`translation_work\`;`)
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
  	\`translation_memory_id\` integer,
  	\`countries_id\` integer,
  	\`carriers_id\` integer,
  	\`tenants_id\` integer,
  	\`users_id\` integer,
  	\`search_entries_id\` integer,
  	\`redirects_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`payload_locked_documents\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`guides_id\`) REFERENCES \`guides\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`scheduled_publications_id\`) REFERENCES \`scheduled_publications\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`media_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`glossary_id\`) REFERENCES \`glossary\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`translation_memory_id\`) REFERENCES \`translation_memory\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`countries_id\`) REFERENCES \`countries\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`carriers_id\`) REFERENCES \`carriers\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`tenants_id\`) REFERENCES \`tenants\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`users_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`search_entries_id\`) REFERENCES \`search_entries\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`redirects_id\`) REFERENCES \`redirects\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`INSERT INTO \`__new_payload_locked_documents_rels\`("id", "order", "parent_id", "path", "guides_id", "scheduled_publications_id", "media_id", "glossary_id", "translation_memory_id", "countries_id", "carriers_id", "tenants_id", "users_id", "search_entries_id", "redirects_id") SELECT "id", "order", "parent_id", "path", "guides_id", "scheduled_publications_id", "media_id", "glossary_id", "translation_memory_id", "countries_id", "carriers_id", "tenants_id", "users_id", "search_entries_id", "redirects_id" FROM \`payload_locked_documents_rels\`;`)
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
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_translation_memory_id_idx\` ON \`payload_locked_documents_rels\` (\`translation_memory_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_countries_id_idx\` ON \`payload_locked_documents_rels\` (\`countries_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_carriers_id_idx\` ON \`payload_locked_documents_rels\` (\`carriers_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_tenants_id_idx\` ON \`payload_locked_documents_rels\` (\`tenants_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_users_id_idx\` ON \`payload_locked_documents_rels\` (\`users_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_search_entries_id_idx\` ON \`payload_locked_documents_rels\` (\`search_entries_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_redirects_id_idx\` ON \`payload_locked_documents_rels\` (\`redirects_id\`);`)
  await db.run(sql`CREATE TABLE \`__new_scheduled_publications\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`tenant_id\` integer,
  	\`guide_id\` integer NOT NULL,
  	\`locale\` text NOT NULL,
  	\`action\` text DEFAULT 'publish' NOT NULL,
  	\`run_at\` text NOT NULL,
  	\`runat_tz\` text DEFAULT 'UTC' NOT NULL,
  	\`state\` text DEFAULT 'pending' NOT NULL,
  	\`outcome\` text,
  	\`scheduled_by_id\` integer,
  	\`summary\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	FOREIGN KEY (\`tenant_id\`) REFERENCES \`tenants\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`guide_id\`) REFERENCES \`guides\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`scheduled_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`INSERT INTO \`__new_scheduled_publications\`("id", "tenant_id", "guide_id", "locale", "action", "run_at", "runat_tz", "state", "outcome", "scheduled_by_id", "summary", "updated_at", "created_at") SELECT "id", "tenant_id", "guide_id", "locale", "action", "run_at", "runat_tz", "state", "outcome", "scheduled_by_id", "summary", "updated_at", "created_at" FROM \`scheduled_publications\`;`)
  await db.run(sql`DROP TABLE \`scheduled_publications\`;`)
  await db.run(sql`ALTER TABLE \`__new_scheduled_publications\` RENAME TO \`scheduled_publications\`;`)
  await db.run(sql`CREATE INDEX \`scheduled_publications_tenant_idx\` ON \`scheduled_publications\` (\`tenant_id\`);`)
  await db.run(sql`CREATE INDEX \`scheduled_publications_guide_idx\` ON \`scheduled_publications\` (\`guide_id\`);`)
  await db.run(sql`CREATE INDEX \`scheduled_publications_run_at_idx\` ON \`scheduled_publications\` (\`run_at\`);`)
  await db.run(sql`CREATE INDEX \`scheduled_publications_state_idx\` ON \`scheduled_publications\` (\`state\`);`)
  await db.run(sql`CREATE INDEX \`scheduled_publications_scheduled_by_idx\` ON \`scheduled_publications\` (\`scheduled_by_id\`);`)
  await db.run(sql`CREATE INDEX \`scheduled_publications_updated_at_idx\` ON \`scheduled_publications\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`scheduled_publications_created_at_idx\` ON \`scheduled_publications\` (\`created_at\`);`)
  await db.run(sql`ALTER TABLE \`tenants\` DROP COLUMN \`time_zone\`;`)
}
