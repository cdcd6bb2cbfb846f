import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE TYPE "public"."enum_scheduled_publications_runat_tz" AS ENUM('UTC', 'Asia/Karachi', 'Asia/Shanghai', 'Asia/Taipei', 'Asia/Hong_Kong', 'America/Mexico_City', 'America/Lima', 'America/New_York', 'Europe/Madrid', 'Europe/London');
  CREATE TYPE "public"."enum_translation_memory_source_locale" AS ENUM('en', 'zh-Hans', 'zh-Hant', 'ur', 'es');
  CREATE TYPE "public"."enum_translation_memory_target_locale" AS ENUM('en', 'zh-Hans', 'zh-Hant', 'ur', 'es');
  CREATE TYPE "public"."enum_translation_memory_segment_kind" AS ENUM('field', 'sentence');
  CREATE TABLE "translation_memory" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"tenant_id" integer,
  	"source_locale" "enum_translation_memory_source_locale" NOT NULL,
  	"target_locale" "enum_translation_memory_target_locale" NOT NULL,
  	"source_text" varchar NOT NULL,
  	"target_text" varchar NOT NULL,
  	"source_hash" varchar NOT NULL,
  	"segment_kind" "enum_translation_memory_segment_kind" DEFAULT 'field',
  	"origin_title" varchar,
  	"origin_guide_i_d" varchar,
  	"origin_field" varchar,
  	"confirmed_at" timestamp(3) with time zone,
  	"confirmed_by" varchar,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  ALTER TABLE "guides" ADD COLUMN "last_edited_by_name" varchar;
  ALTER TABLE "guides_locales" ADD COLUMN "translation_memory_drafted" jsonb;
  ALTER TABLE "_guides_v" ADD COLUMN "version_last_edited_by_name" varchar;
  ALTER TABLE "_guides_v_locales" ADD COLUMN "version_translation_memory_drafted" jsonb;
  ALTER TABLE "scheduled_publications" ADD COLUMN "runat_tz" "enum_scheduled_publications_runat_tz" DEFAULT 'UTC' NOT NULL;
  ALTER TABLE "glossary" ADD COLUMN "keep_as_is" boolean DEFAULT false;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "translation_memory_id" integer;
  ALTER TABLE "translation_memory" ADD CONSTRAINT "translation_memory_tenant_id_tenants_id_fk" FOREIGN KEY ("tenant_id") REFERENCES "public"."tenants"("id") ON DELETE set null ON UPDATE no action;
  CREATE INDEX "translation_memory_tenant_idx" ON "translation_memory" USING btree ("tenant_id");
  CREATE INDEX "translation_memory_source_hash_idx" ON "translation_memory" USING btree ("source_hash");
  CREATE INDEX "translation_memory_confirmed_at_idx" ON "translation_memory" USING btree ("confirmed_at");
  CREATE INDEX "translation_memory_updated_at_idx" ON "translation_memory" USING btree ("updated_at");
  CREATE INDEX "translation_memory_created_at_idx" ON "translation_memory" USING btree ("created_at");
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_translation_memory_fk" FOREIGN KEY ("translation_memory_id") REFERENCES "public"."translation_memory"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "payload_locked_documents_rels_translation_memory_id_idx" ON "payload_locked_documents_rels" USING btree ("translation_memory_id");`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "translation_memory" DISABLE ROW LEVEL SECURITY;
  DROP TABLE "translation_memory" CASCADE;
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_translation_memory_fk";
  
  DROP INDEX "payload_locked_documents_rels_translation_memory_id_idx";
  ALTER TABLE "guides" DROP COLUMN "last_edited_by_name";
  ALTER TABLE "guides_locales" DROP COLUMN "translation_memory_drafted";
  ALTER TABLE "_guides_v" DROP COLUMN "version_last_edited_by_name";
  ALTER TABLE "_guides_v_locales" DROP COLUMN "version_translation_memory_drafted";
  ALTER TABLE "scheduled_publications" DROP COLUMN "runat_tz";
  ALTER TABLE "glossary" DROP COLUMN "keep_as_is";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "translation_memory_id";
  DROP TYPE "public"."enum_scheduled_publications_runat_tz";
  DROP TYPE "public"."enum_translation_memory_source_locale";
  DROP TYPE "public"."enum_translation_memory_target_locale";
  DROP TYPE "public"."enum_translation_memory_segment_kind";`)
}
