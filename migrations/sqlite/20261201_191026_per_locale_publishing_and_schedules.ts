import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`CREATE TABLE \`scheduled_publications\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`tenant_id\` integer,
  	\`guide_id\` integer NOT NULL,
  	\`locale\` text NOT NULL,
  	\`action\` text DEFAULT 'publish' NOT NULL,
  	\`run_at\` text NOT NULL,
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
  await db.run(sql`CREATE INDEX \`scheduled_publications_tenant_idx\` ON \`scheduled_publications\` (\`tenant_id\`);`)
  await db.run(sql`CREATE INDEX \`scheduled_publications_guide_idx\` ON \`scheduled_publications\` (\`guide_id\`);`)
  await db.run(sql`CREATE INDEX \`scheduled_publications_run_at_idx\` ON \`scheduled_publications\` (\`run_at\`);`)
  await db.run(sql`CREATE INDEX \`scheduled_publications_state_idx\` ON \`scheduled_publications\` (\`state\`);`)
  await db.run(sql`CREATE INDEX \`scheduled_publications_scheduled_by_idx\` ON \`scheduled_publications\` (\`scheduled_by_id\`);`)
  await db.run(sql`CREATE INDEX \`scheduled_publications_updated_at_idx\` ON \`scheduled_publications\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`scheduled_publications_created_at_idx\` ON \`scheduled_publications\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`payload_jobs_log\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`executed_at\` text NOT NULL,
  	\`completed_at\` text NOT NULL,
  	\`task_slug\` text NOT NULL,
  	\`task_i_d\` text NOT NULL,
  	\`input\` text,
  	\`output\` text,
  	\`state\` text NOT NULL,
  	\`error\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`payload_jobs\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`payload_jobs_log_order_idx\` ON \`payload_jobs_log\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`payload_jobs_log_parent_id_idx\` ON \`payload_jobs_log\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`payload_jobs\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`input\` text,
  	\`completed_at\` text,
  	\`total_tried\` numeric DEFAULT 0,
  	\`has_error\` integer DEFAULT false,
  	\`error\` text,
  	\`task_slug\` text,
  	\`queue\` text DEFAULT 'default',
  	\`wait_until\` text,
  	\`processing\` integer DEFAULT false,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL
  );
  `)
  await db.run(sql`CREATE INDEX \`payload_jobs_completed_at_idx\` ON \`payload_jobs\` (\`completed_at\`);`)
  await db.run(sql`CREATE INDEX \`payload_jobs_total_tried_idx\` ON \`payload_jobs\` (\`total_tried\`);`)
  await db.run(sql`CREATE INDEX \`payload_jobs_has_error_idx\` ON \`payload_jobs\` (\`has_error\`);`)
  await db.run(sql`CREATE INDEX \`payload_jobs_task_slug_idx\` ON \`payload_jobs\` (\`task_slug\`);`)
  await db.run(sql`CREATE INDEX \`payload_jobs_queue_idx\` ON \`payload_jobs\` (\`queue\`);`)
  await db.run(sql`CREATE INDEX \`payload_jobs_wait_until_idx\` ON \`payload_jobs\` (\`wait_until\`);`)
  await db.run(sql`CREATE INDEX \`payload_jobs_processing_idx\` ON \`payload_jobs\` (\`processing\`);`)
  await db.run(sql`CREATE INDEX \`payload_jobs_updated_at_idx\` ON \`payload_jobs\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`payload_jobs_created_at_idx\` ON \`payload_jobs\` (\`created_at\`);`)
  await db.run(sql`DROP INDEX \`guides__status_idx\`;`)
  await db.run(sql`ALTER TABLE \`guides\` ADD \`edit_revision\` numeric DEFAULT 0;`)
  await db.run(sql`ALTER TABLE \`guides\` ADD \`last_edited_by_id\` integer REFERENCES users(id);`)
  await db.run(sql`ALTER TABLE \`guides\` ADD \`last_edited_locale\` text;`)
  await db.run(sql`CREATE INDEX \`guides_last_edited_by_idx\` ON \`guides\` (\`last_edited_by_id\`);`)
  await db.run(sql`DROP INDEX \`_guides_v_version_version__status_idx\`;`)
  await db.run(sql`ALTER TABLE \`_guides_v\` ADD \`version_edit_revision\` numeric DEFAULT 0;`)
  await db.run(sql`ALTER TABLE \`_guides_v\` ADD \`version_last_edited_by_id\` integer REFERENCES users(id);`)
  await db.run(sql`ALTER TABLE \`_guides_v\` ADD \`version_last_edited_locale\` text;`)
  await db.run(sql`CREATE INDEX \`_guides_v_version_version_last_edited_by_idx\` ON \`_guides_v\` (\`version_last_edited_by_id\`);`)
  await db.run(sql`ALTER TABLE \`guides_locales\` ADD \`_status\` text DEFAULT 'draft';`)
  await db.run(sql`CREATE INDEX \`guides__status_idx\` ON \`guides_locales\` (\`_status\`,\`_locale\`);`)
  await db.run(sql`ALTER TABLE \`_guides_v_locales\` ADD \`version__status\` text DEFAULT 'draft';`)
  await db.run(sql`CREATE INDEX \`_guides_v_version_version__status_idx\` ON \`_guides_v_locales\` (\`version__status\`,\`_locale\`);`)
  // Until now a guide was published in every locale at once: each locale keeps that status.
  await db.run(sql`UPDATE \`guides_locales\` SET \`_status\` = (SELECT \`_status\` FROM \`guides\` WHERE \`guides\`.\`id\` = \`guides_locales\`.\`_parent_id\`);`)
  await db.run(sql`UPDATE \`_guides_v_locales\` SET \`version__status\` = (SELECT \`version__status\` FROM \`_guides_v\` WHERE \`_guides_v\`.\`id\` = \`_guides_v_locales\`.\`_parent_id\`);`)
  await db.run(sql`ALTER TABLE \`guides\` DROP COLUMN \`_status\`;`)
  await db.run(sql`ALTER TABLE \`_guides_v\` DROP COLUMN \`version__status\`;`)
  await db.run(sql`ALTER TABLE \`payload_locked_documents_rels\` ADD \`scheduled_publications_id\` integer REFERENCES scheduled_publications(id);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_scheduled_publications_id_idx\` ON \`payload_locked_documents_rels\` (\`scheduled_publications_id\`);`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`DROP TABLE \`scheduled_publications\`;`)
  await db.run(sql`DROP TABLE \`payload_jobs_log\`;`)
  await db.run(sql`DROP TABLE \`payload_jobs\`;`)
  await db.run(sql`PRAGMA foreign_keys=OFF;`)
  await db.run(sql`CREATE TABLE \`__new_guides\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`tenant_id\` integer,
  	\`country_id\` integer,
  	\`topic\` text,
  	\`sim_kind\` text,
  	\`last_verified\` text,
  	\`featured\` integer DEFAULT false,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`_status\` text DEFAULT 'draft',
  	FOREIGN KEY (\`tenant_id\`) REFERENCES \`tenants\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`country_id\`) REFERENCES \`countries\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`INSERT INTO \`__new_guides\`("id", "tenant_id", "country_id", "topic", "sim_kind", "last_verified", "featured", "updated_at", "created_at", "_status") SELECT "id", "tenant_id", "country_id", "topic", "sim_kind", "last_verified", "featured", "updated_at", "created_at", "_status" FROM \`guides\`;`)
  await db.run(sql`DROP TABLE \`guides\`;`)
  await db.run(sql`ALTER TABLE \`__new_guides\` RENAME TO \`guides\`;`)
  await db.run(sql`PRAGMA foreign_keys=ON;`)
  await db.run(sql`CREATE INDEX \`guides_tenant_idx\` ON \`guides\` (\`tenant_id\`);`)
  await db.run(sql`CREATE INDEX \`guides_country_idx\` ON \`guides\` (\`country_id\`);`)
  await db.run(sql`CREATE INDEX \`guides_topic_idx\` ON \`guides\` (\`topic\`);`)
  await db.run(sql`CREATE INDEX \`guides_updated_at_idx\` ON \`guides\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`guides_created_at_idx\` ON \`guides\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`guides__status_idx\` ON \`guides\` (\`_status\`);`)
  await db.run(sql`CREATE TABLE \`__new__guides_v\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`parent_id\` integer,
  	\`version_tenant_id\` integer,
  	\`version_country_id\` integer,
  	\`version_topic\` text,
  	\`version_sim_kind\` text,
  	\`version_last_verified\` text,
  	\`version_featured\` integer DEFAULT false,
  	\`version_updated_at\` text,
  	\`version_created_at\` text,
  	\`version__status\` text DEFAULT 'draft',
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`snapshot\` integer,
  	\`published_locale\` text,
  	\`latest\` integer,
  	\`autosave\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`guides\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_tenant_id\`) REFERENCES \`tenants\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_country_id\`) REFERENCES \`countries\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`INSERT INTO \`__new__guides_v\`("id", "parent_id", "version_tenant_id", "version_country_id", "version_topic", "version_sim_kind", "version_last_verified", "version_featured", "version_updated_at", "version_created_at", "version__status", "created_at", "updated_at", "snapshot", "published_locale", "latest", "autosave") SELECT "id", "parent_id", "version_tenant_id", "version_country_id", "version_topic", "version_sim_kind", "version_last_verified", "version_featured", "version_updated_at", "version_created_at", "version__status", "created_at", "updated_at", "snapshot", "published_locale", "latest", "autosave" FROM \`_guides_v\`;`)
  await db.run(sql`DROP TABLE \`_guides_v\`;`)
  await db.run(sql`ALTER TABLE \`__new__guides_v\` RENAME TO \`_guides_v\`;`)
  await db.run(sql`CREATE INDEX \`_guides_v_parent_idx\` ON \`_guides_v\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_guides_v_version_version_tenant_idx\` ON \`_guides_v\` (\`version_tenant_id\`);`)
  await db.run(sql`CREATE INDEX \`_guides_v_version_version_country_idx\` ON \`_guides_v\` (\`version_country_id\`);`)
  await db.run(sql`CREATE INDEX \`_guides_v_version_version_topic_idx\` ON \`_guides_v\` (\`version_topic\`);`)
  await db.run(sql`CREATE INDEX \`_guides_v_version_version_updated_at_idx\` ON \`_guides_v\` (\`version_updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_guides_v_version_version_created_at_idx\` ON \`_guides_v\` (\`version_created_at\`);`)
  await db.run(sql`CREATE INDEX \`_guides_v_version_version__status_idx\` ON \`_guides_v\` (\`version__status\`);`)
  await db.run(sql`CREATE INDEX \`_guides_v_created_at_idx\` ON \`_guides_v\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`_guides_v_updated_at_idx\` ON \`_guides_v\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_guides_v_snapshot_idx\` ON \`_guides_v\` (\`snapshot\`);`)
  await db.run(sql`CREATE INDEX \`_guides_v_published_locale_idx\` ON \`_guides_v\` (\`published_locale\`);`)
  await db.run(sql`CREATE INDEX \`_guides_v_latest_idx\` ON \`_guides_v\` (\`latest\`);`)
  await db.run(sql`CREATE INDEX \`_guides_v_autosave_idx\` ON \`_guides_v\` (\`autosave\`);`)
  await db.run(sql`CREATE TABLE \`__new_payload_locked_documents_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`guides_id\` integer,
  	\`media_id\` integer,
  	\`glossary_id\` integer,
  	\`countries_id\` integer,
  	\`carriers_id\` integer,
  	\`tenants_id\` integer,
  	\`users_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`payload_locked_documents\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`guides_id\`) REFERENCES \`guides\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`media_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`glossary_id\`) REFERENCES \`glossary\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`countries_id\`) REFERENCES \`countries\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`carriers_id\`) REFERENCES \`carriers\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`tenants_id\`) REFERENCES \`tenants\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`users_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`INSERT INTO \`__new_payload_locked_documents_rels\`("id", "order", "parent_id", "path", "guides_id", "media_id", "glossary_id", "countries_id", "carriers_id", "tenants_id", "users_id") SELECT "id", "order", "parent_id", "path", "guides_id", "media_id", "glossary_id", "countries_id", "carriers_id", "tenants_id", "users_id" FROM \`payload_locked_documents_rels\`;`)
  await db.run(sql`DROP TABLE \`payload_locked_documents_rels\`;`)
  await db.run(sql`ALTER TABLE \`__new_payload_locked_documents_rels\` RENAME TO \`payload_locked_documents_rels\`;`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_order_idx\` ON \`payload_locked_documents_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_parent_idx\` ON \`payload_locked_documents_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_path_idx\` ON \`payload_locked_documents_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_guides_id_idx\` ON \`payload_locked_documents_rels\` (\`guides_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_media_id_idx\` ON \`payload_locked_documents_rels\` (\`media_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_glossary_id_idx\` ON \`payload_locked_documents_rels\` (\`glossary_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_countries_id_idx\` ON \`payload_locked_documents_rels\` (\`countries_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_carriers_id_idx\` ON \`payload_locked_documents_rels\` (\`carriers_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_tenants_id_idx\` ON \`payload_locked_documents_rels\` (\`tenants_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_users_id_idx\` ON \`payload_locked_documents_rels\` (\`users_id\`);`)
  await db.run(sql`DROP INDEX \`guides__status_idx\`;`)
  await db.run(sql`ALTER TABLE \`guides_locales\` DROP COLUMN \`_status\`;`)
  await db.run(sql`DROP INDEX \`_guides_v_version_version__status_idx\`;`)
  await db.run(sql`ALTER TABLE \`_guides_v_locales\` DROP COLUMN \`version__status\`;`)
}
