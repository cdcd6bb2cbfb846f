import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE TYPE "public"."enum_tenants_link_policy_unknown_link_rel" AS ENUM('nofollow', 'sponsored');
  ALTER TABLE "guides" ADD COLUMN "import_key" varchar;
  ALTER TABLE "guides" ADD COLUMN "import_hash" varchar;
  ALTER TABLE "guides" ADD COLUMN "import_detections" jsonb;
  ALTER TABLE "guides" ADD COLUMN "imported_revision" numeric;
  ALTER TABLE "guides_locales" ADD COLUMN "last_verified" timestamp(3) with time zone;
  ALTER TABLE "guides_locales" ADD COLUMN "last_verified_by_id" integer;
  ALTER TABLE "_guides_v" ADD COLUMN "version_import_key" varchar;
  ALTER TABLE "_guides_v" ADD COLUMN "version_import_hash" varchar;
  ALTER TABLE "_guides_v" ADD COLUMN "version_import_detections" jsonb;
  ALTER TABLE "_guides_v" ADD COLUMN "version_imported_revision" numeric;
  ALTER TABLE "_guides_v_locales" ADD COLUMN "version_last_verified" timestamp(3) with time zone;
  ALTER TABLE "_guides_v_locales" ADD COLUMN "version_last_verified_by_id" integer;
  ALTER TABLE "tenants" ADD COLUMN "link_policy_unknown_link_rel" "enum_tenants_link_policy_unknown_link_rel" DEFAULT 'nofollow';
  ALTER TABLE "tenants" ADD COLUMN "review_interval_days" numeric DEFAULT 180;
  ALTER TABLE "guides_locales" ADD CONSTRAINT "guides_locales_last_verified_by_id_users_id_fk" FOREIGN KEY ("last_verified_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_guides_v_locales" ADD CONSTRAINT "_guides_v_locales_version_last_verified_by_id_users_id_fk" FOREIGN KEY ("version_last_verified_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  CREATE INDEX "guides_import_key_idx" ON "guides" USING btree ("import_key");
  CREATE INDEX "guides_last_verified_idx" ON "guides_locales" USING btree ("last_verified","_locale");
  CREATE INDEX "guides_last_verified_by_idx" ON "guides_locales" USING btree ("last_verified_by_id","_locale");
  CREATE INDEX "_guides_v_version_version_import_key_idx" ON "_guides_v" USING btree ("version_import_key");
  CREATE INDEX "_guides_v_version_version_last_verified_idx" ON "_guides_v_locales" USING btree ("version_last_verified","_locale");
  CREATE INDEX "_guides_v_version_version_last_verified_by_idx" ON "_guides_v_locales" USING btree ("version_last_verified_by_id","_locale");
  UPDATE "guides_locales" SET "last_verified" = "guides"."last_verified" FROM "guides" WHERE "guides"."id" = "guides_locales"."_parent_id";
  UPDATE "_guides_v_locales" SET "version_last_verified" = "_guides_v"."version_last_verified" FROM "_guides_v" WHERE "_guides_v"."id" = "_guides_v_locales"."_parent_id";
  ALTER TABLE "guides" DROP COLUMN "last_verified";
  ALTER TABLE "_guides_v" DROP COLUMN "version_last_verified";`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "guides_locales" DROP CONSTRAINT "guides_locales_last_verified_by_id_users_id_fk";
  
  ALTER TABLE "_guides_v_locales" DROP CONSTRAINT "_guides_v_locales_version_last_verified_by_id_users_id_fk";
  
  DROP INDEX "guides_import_key_idx";
  DROP INDEX "guides_last_verified_idx";
  DROP INDEX "guides_last_verified_by_idx";
  DROP INDEX "_guides_v_version_version_import_key_idx";
  DROP INDEX "_guides_v_version_version_last_verified_idx";
  DROP INDEX "_guides_v_version_version_last_verified_by_idx";
  ALTER TABLE "guides" ADD COLUMN "last_verified" timestamp(3) with time zone;
  ALTER TABLE "_guides_v" ADD COLUMN "version_last_verified" timestamp(3) with time zone;
  ALTER TABLE "guides" DROP COLUMN "import_key";
  ALTER TABLE "guides" DROP COLUMN "import_hash";
  ALTER TABLE "guides" DROP COLUMN "import_detections";
  ALTER TABLE "guides" DROP COLUMN "imported_revision";
  ALTER TABLE "guides_locales" DROP COLUMN "last_verified";
  ALTER TABLE "guides_locales" DROP COLUMN "last_verified_by_id";
  ALTER TABLE "_guides_v" DROP COLUMN "version_import_key";
  ALTER TABLE "_guides_v" DROP COLUMN "version_import_hash";
  ALTER TABLE "_guides_v" DROP COLUMN "version_import_detections";
  ALTER TABLE "_guides_v" DROP COLUMN "version_imported_revision";
  ALTER TABLE "_guides_v_locales" DROP COLUMN "version_last_verified";
  ALTER TABLE "_guides_v_locales" DROP COLUMN "version_last_verified_by_id";
  ALTER TABLE "tenants" DROP COLUMN "link_policy_unknown_link_rel";
  ALTER TABLE "tenants" DROP COLUMN "review_interval_days";
  DROP TYPE "public"."enum_tenants_link_policy_unknown_link_rel";`)
}
