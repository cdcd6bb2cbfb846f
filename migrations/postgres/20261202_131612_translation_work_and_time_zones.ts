import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE TYPE "public"."enum_tenants_time_zone" AS ENUM('UTC', 'Asia/Karachi', 'Asia/Shanghai', 'Asia/Taipei', 'Asia/Hong_Kong', 'America/Mexico_City', 'America/Lima', 'America/New_York', 'Europe/Madrid', 'Europe/London');
  CREATE TYPE "public"."enum_translation_work_status" AS ENUM('missing', 'in-progress', 'outdated', 'up-to-date');
  CREATE TYPE "public"."enum_translation_work_review_state" AS ENUM('in-progress', 'ready-for-review');
  ALTER TYPE "public"."enum_payload_jobs_log_task_slug" ADD VALUE 'refreshTranslationWork';
  ALTER TYPE "public"."enum_payload_jobs_task_slug" ADD VALUE 'refreshTranslationWork';
  CREATE TABLE "translation_work" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"tenant_id" integer NOT NULL,
  	"guide_id" integer NOT NULL,
  	"locale" varchar NOT NULL,
  	"status" "enum_translation_work_status" NOT NULL,
  	"review_state" "enum_translation_work_review_state",
  	"needs_work" boolean DEFAULT false,
  	"is_published" boolean DEFAULT false,
  	"is_machine_drafted" boolean DEFAULT false,
  	"changed_field_count" numeric DEFAULT 0,
  	"warning_count" numeric DEFAULT 0,
  	"source_title" varchar,
  	"source_updated_at" timestamp(3) with time zone NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  ALTER TABLE "scheduled_publications" ALTER COLUMN "runat_tz" DROP DEFAULT;
  ALTER TABLE "tenants" ADD COLUMN "time_zone" "enum_tenants_time_zone" DEFAULT 'UTC';
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "translation_work_id" integer;
  ALTER TABLE "translation_work" ADD CONSTRAINT "translation_work_tenant_id_tenants_id_fk" FOREIGN KEY ("tenant_id") REFERENCES "public"."tenants"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "translation_work" ADD CONSTRAINT "translation_work_guide_id_guides_id_fk" FOREIGN KEY ("guide_id") REFERENCES "public"."guides"("id") ON DELETE set null ON UPDATE no action;
  CREATE INDEX "translation_work_tenant_idx" ON "translation_work" USING btree ("tenant_id");
  CREATE INDEX "translation_work_guide_idx" ON "translation_work" USING btree ("guide_id");
  CREATE INDEX "translation_work_updated_at_idx" ON "translation_work" USING btree ("updated_at");
  CREATE INDEX "translation_work_created_at_idx" ON "translation_work" USING btree ("created_at");
  CREATE INDEX "needsWork_sourceUpdatedAt_idx" ON "translation_work" USING btree ("needs_work","source_updated_at");
  CREATE INDEX "tenant_needsWork_sourceUpdatedAt_idx" ON "translation_work" USING btree ("tenant_id","needs_work","source_updated_at");
  CREATE INDEX "tenant_locale_needsWork_sourceUpdatedAt_idx" ON "translation_work" USING btree ("tenant_id","locale","needs_work","source_updated_at");
  CREATE UNIQUE INDEX "guide_locale_1_idx" ON "translation_work" USING btree ("guide_id","locale");
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_translation_work_fk" FOREIGN KEY ("translation_work_id") REFERENCES "public"."translation_work"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "payload_locked_documents_rels_translation_work_id_idx" ON "payload_locked_documents_rels" USING btree ("translation_work_id");`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "translation_work" DISABLE ROW LEVEL SECURITY;
  DROP TABLE "translation_work" CASCADE;
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_translation_work_fk";
  
  ALTER TABLE "payload_jobs_log" ALTER COLUMN "task_slug" SET DATA TYPE text;
  DROP TYPE "public"."enum_payload_jobs_log_task_slug";
  CREATE TYPE "public"."enum_payload_jobs_log_task_slug" AS ENUM('inline', 'publishOnSchedule');
  ALTER TABLE "payload_jobs_log" ALTER COLUMN "task_slug" SET DATA TYPE "public"."enum_payload_jobs_log_task_slug" USING "task_slug"::"public"."enum_payload_jobs_log_task_slug";
  ALTER TABLE "payload_jobs" ALTER COLUMN "task_slug" SET DATA TYPE text;
  DROP TYPE "public"."enum_payload_jobs_task_slug";
  CREATE TYPE "public"."enum_payload_jobs_task_slug" AS ENUM('inline', 'publishOnSchedule');
  ALTER TABLE "payload_jobs" ALTER COLUMN "task_slug" SET DATA TYPE "public"."enum_payload_jobs_task_slug" USING "task_slug"::"public"."enum_payload_jobs_task_slug";
  DROP INDEX "payload_locked_documents_rels_translation_work_id_idx";
  ALTER TABLE "scheduled_publications" ALTER COLUMN "runat_tz" SET DEFAULT 'UTC';
  ALTER TABLE "tenants" DROP COLUMN "time_zone";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "translation_work_id";
  DROP TYPE "public"."enum_tenants_time_zone";
  DROP TYPE "public"."enum_translation_work_status";
  DROP TYPE "public"."enum_translation_work_review_state";`)
}
