import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`ALTER TABLE \`guides\` ADD \`import_key\` text;`)
  await db.run(sql`ALTER TABLE \`guides\` ADD \`import_hash\` text;`)
  await db.run(sql`ALTER TABLE \`guides\` ADD \`import_detections\` text;`)
  await db.run(sql`ALTER TABLE \`guides\` ADD \`imported_revision\` numeric;`)
  await db.run(sql`CREATE INDEX \`guides_import_key_idx\` ON \`guides\` (\`import_key\`);`)
  await db.run(sql`ALTER TABLE \`guides_locales\` ADD \`last_verified\` text;`)
  await db.run(sql`ALTER TABLE \`guides_locales\` ADD \`last_verified_by_id\` integer REFERENCES users(id);`)
  await db.run(sql`CREATE INDEX \`guides_last_verified_idx\` ON \`guides_locales\` (\`last_verified\`,\`_locale\`);`)
  await db.run(sql`CREATE INDEX \`guides_last_verified_by_idx\` ON \`guides_locales\` (\`last_verified_by_id\`,\`_locale\`);`)
  await db.run(sql`ALTER TABLE \`_guides_v\` ADD \`version_import_key\` text;`)
  await db.run(sql`ALTER TABLE \`_guides_v\` ADD \`version_import_hash\` text;`)
  await db.run(sql`ALTER TABLE \`_guides_v\` ADD \`version_import_detections\` text;`)
  await db.run(sql`ALTER TABLE \`_guides_v\` ADD \`version_imported_revision\` numeric;`)
  await db.run(sql`CREATE INDEX \`_guides_v_version_version_import_key_idx\` ON \`_guides_v\` (\`version_import_key\`);`)
  await db.run(sql`ALTER TABLE \`_guides_v_locales\` ADD \`version_last_verified\` text;`)
  await db.run(sql`ALTER TABLE \`_guides_v_locales\` ADD \`version_last_verified_by_id\` integer REFERENCES users(id);`)
  await db.run(sql`CREATE INDEX \`_guides_v_version_version_last_verified_idx\` ON \`_guides_v_locales\` (\`version_last_verified\`,\`_locale\`);`)
  await db.run(sql`CREATE INDEX \`_guides_v_version_version_last_verified_by_idx\` ON \`_guides_v_locales\` (\`version_last_verified_by_id\`,\`_locale\`);`)
  await db.run(sql`ALTER TABLE \`tenants\` ADD \`link_policy_unknown_link_rel\` text DEFAULT 'nofollow';`)
  await db.run(sql`ALTER TABLE \`tenants\` ADD \`review_interval_days\` numeric DEFAULT 180;`)
  // Each locale starts from the date the guide had before verification became per locale.
  await db.run(
    sql`UPDATE \`guides_locales\` SET \`last_verified\` = (SELECT \`last_verified\` FROM \`guides\` WHERE \`guides\`.\`id\` = \`guides_locales\`.\`_parent_id\`);`,
  )
  await db.run(
    sql`UPDATE \`_guides_v_locales\` SET \`version_last_verified\` = (SELECT \`version_last_verified\` FROM \`_guides_v\` WHERE \`_guides_v\`.\`id\` = \`_guides_v_locales\`.\`_parent_id\`);`,
  )
  await db.run(sql`ALTER TABLE \`guides\` DROP COLUMN \`last_verified\`;`)
  await db.run(sql`ALTER TABLE \`_guides_v\` DROP COLUMN \`version_last_verified\`;`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`PRAGMA foreign_keys=OFF;`)
  await db.run(sql`CREATE TABLE \`__new_guides_locales\` (
  	\`title\` text,
  	\`slug\` text,
  	\`summary\` text,
  	\`body\` text,
  	\`translation_state\` text,
  	\`translation_confirmed_source\` text,
  	\`translation_confirmed_at\` text,
  	\`translation_confirmed_by\` text,
  	\`translation_machine_drafted\` text,
  	\`meta_title\` text,
  	\`meta_description\` text,
  	\`meta_image_id\` integer,
  	\`_status\` text DEFAULT 'draft',
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	FOREIGN KEY (\`meta_image_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`guides\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`INSERT INTO \`__new_guides_locales\`("title", "slug", "summary", "body", "translation_state", "translation_confirmed_source", "translation_confirmed_at", "translation_confirmed_by", "translation_machine_drafted", "meta_title", "meta_description", "meta_image_id", "_status", "id", "_locale", "_parent_id") SELECT "title", "slug", "summary", "body", "translation_state", "translation_confirmed_source", "translation_confirmed_at", "translation_confirmed_by", "translation_machine_drafted", "meta_title", "meta_description", "meta_image_id", "_status", "id", "_locale", "_parent_id" FROM \`guides_locales\`;`)
  await db.run(sql`DROP TABLE \`guides_locales\`;`)
  await db.run(sql`ALTER TABLE \`__new_guides_locales\` RENAME TO \`guides_locales\`;`)
  await db.run(sql`PRAGMA foreign_keys=ON;`)
  await db.run(sql`CREATE INDEX \`guides_slug_idx\` ON \`guides_locales\` (\`slug\`,\`_locale\`);`)
  await db.run(sql`CREATE INDEX \`guides_meta_meta_image_idx\` ON \`guides_locales\` (\`meta_image_id\`,\`_locale\`);`)
  await db.run(sql`CREATE INDEX \`guides__status_idx\` ON \`guides_locales\` (\`_status\`,\`_locale\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`guides_locales_locale_parent_id_unique\` ON \`guides_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`__new__guides_v_locales\` (
  	\`version_title\` text,
  	\`version_slug\` text,
  	\`version_summary\` text,
  	\`version_body\` text,
  	\`version_translation_state\` text,
  	\`version_translation_confirmed_source\` text,
  	\`version_translation_confirmed_at\` text,
  	\`version_translation_confirmed_by\` text,
  	\`version_translation_machine_drafted\` text,
  	\`version_meta_title\` text,
  	\`version_meta_description\` text,
  	\`version_meta_image_id\` integer,
  	\`version__status\` text DEFAULT 'draft',
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	FOREIGN KEY (\`version_meta_image_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_guides_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`INSERT INTO \`__new__guides_v_locales\`("version_title", "version_slug", "version_summary", "version_body", "version_translation_state", "version_translation_confirmed_source", "version_translation_confirmed_at", "version_translation_confirmed_by", "version_translation_machine_drafted", "version_meta_title", "version_meta_description", "version_meta_image_id", "version__status", "id", "_locale", "_parent_id") SELECT "version_title", "version_slug", "version_summary", "version_body", "version_translation_state", "version_translation_confirmed_source", "version_translation_confirmed_at", "version_translation_confirmed_by", "version_translation_machine_drafted", "version_meta_title", "version_meta_description", "version_meta_image_id", "version__status", "id", "_locale", "_parent_id" FROM \`_guides_v_locales\`;`)
  await db.run(sql`DROP TABLE \`_guides_v_locales\`;`)
  await db.run(sql`ALTER TABLE \`__new__guides_v_locales\` RENAME TO \`_guides_v_locales\`;`)
  await db.run(sql`CREATE INDEX \`_guides_v_version_version_slug_idx\` ON \`_guides_v_locales\` (\`version_slug\`,\`_locale\`);`)
  await db.run(sql`CREATE INDEX \`_guides_v_version_meta_version_meta_image_idx\` ON \`_guides_v_locales\` (\`version_meta_image_id\`,\`_locale\`);`)
  await db.run(sql`CREATE INDEX \`_guides_v_version_version__status_idx\` ON \`_guides_v_locales\` (\`version__status\`,\`_locale\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`_guides_v_locales_locale_parent_id_unique\` ON \`_guides_v_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`DROP INDEX \`guides_import_key_idx\`;`)
  await db.run(sql`ALTER TABLE \`guides\` ADD \`last_verified\` text;`)
  await db.run(sql`ALTER TABLE \`guides\` DROP COLUMN \`import_key\`;`)
  await db.run(sql`ALTER TABLE \`guides\` DROP COLUMN \`import_hash\`;`)
  await db.run(sql`ALTER TABLE \`guides\` DROP COLUMN \`import_detections\`;`)
  await db.run(sql`ALTER TABLE \`guides\` DROP COLUMN \`imported_revision\`;`)
  await db.run(sql`DROP INDEX \`_guides_v_version_version_import_key_idx\`;`)
  await db.run(sql`ALTER TABLE \`_guides_v\` ADD \`version_last_verified\` text;`)
  await db.run(sql`ALTER TABLE \`_guides_v\` DROP COLUMN \`version_import_key\`;`)
  await db.run(sql`ALTER TABLE \`_guides_v\` DROP COLUMN \`version_import_hash\`;`)
  await db.run(sql`ALTER TABLE \`_guides_v\` DROP COLUMN \`version_import_detections\`;`)
  await db.run(sql`ALTER TABLE \`_guides_v\` DROP COLUMN \`version_imported_revision\`;`)
  await db.run(sql`ALTER TABLE \`tenants\` DROP COLUMN \`link_policy_unknown_link_rel\`;`)
  await db.run(sql`ALTER TABLE \`tenants\` DROP COLUMN \`review_interval_days\`;`)
}
