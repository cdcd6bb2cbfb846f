import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE TYPE "public"."enum_scheduled_publications_locale" AS ENUM('en', 'zh-Hans', 'zh-Hant', 'ur', 'es');
  CREATE TYPE "public"."enum_scheduled_publications_action" AS ENUM('publish', 'unpublish');
  CREATE TYPE "public"."enum_scheduled_publications_state" AS ENUM('pending', 'done', 'failed', 'cancelled');
  CREATE TYPE "public"."enum_payload_jobs_log_task_slug" AS ENUM('inline', 'publishOnSchedule');
  CREATE TYPE "public"."enum_payload_jobs_log_state" AS ENUM('failed', 'succeeded');
  CREATE TYPE "public"."enum_payload_jobs_task_slug" AS ENUM('inline', 'publishOnSchedule');
  CREATE TABLE "scheduled_publications" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"tenant_id" integer,
  	"guide_id" integer NOT NULL,
  	"locale" "enum_scheduled_publications_locale" NOT NULL,
  	"action" "enum_scheduled_publications_action" DEFAULT 'publish' NOT NULL,
  	"run_at" timestamp(3) with time zone NOT NULL,
  	"state" "enum_scheduled_publications_state" DEFAULT 'pending' NOT NULL,
  	"outcome" varchar,
  	"scheduled_by_id" integer,
  	"summary" varchar,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "payload_jobs_log" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"executed_at" timestamp(3) with time zone NOT NULL,
  	"completed_at" timestamp(3) with time zone NOT NULL,
  	"task_slug" "enum_payload_jobs_log_task_slug" NOT NULL,
  	"task_i_d" varchar NOT NULL,
  	"input" jsonb,
  	"output" jsonb,
  	"state" "enum_payload_jobs_log_state" NOT NULL,
  	"error" jsonb
  );
  
  CREATE TABLE "payload_jobs" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"input" jsonb,
  	"completed_at" timestamp(3) with time zone,
  	"total_tried" numeric DEFAULT 0,
  	"has_error" boolean DEFAULT false,
  	"error" jsonb,
  	"task_slug" "enum_payload_jobs_task_slug",
  	"queue" varchar DEFAULT 'default',
  	"wait_until" timestamp(3) with time zone,
  	"processing" boolean DEFAULT false,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  DROP INDEX "guides__status_idx";
  DROP INDEX "_guides_v_version_version__status_idx";
  ALTER TABLE "guides" ADD COLUMN "edit_revision" numeric DEFAULT 0;
  ALTER TABLE "guides" ADD COLUMN "last_edited_by_id" integer;
  ALTER TABLE "guides" ADD COLUMN "last_edited_locale" varchar;
  ALTER TABLE "guides_locales" ADD COLUMN "_status" "enum_guides_status" DEFAULT 'draft';
  ALTER TABLE "_guides_v" ADD COLUMN "version_edit_revision" numeric DEFAULT 0;
  ALTER TABLE "_guides_v" ADD COLUMN "version_last_edited_by_id" integer;
  ALTER TABLE "_guides_v" ADD COLUMN "version_last_edited_locale" varchar;
  ALTER TABLE "_guides_v_locales" ADD COLUMN "version__status" "enum__guides_v_version_status" DEFAULT 'draft';
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "scheduled_publications_id" integer;
  ALTER TABLE "scheduled_publications" ADD CONSTRAINT "scheduled_publications_tenant_id_tenants_id_fk" FOREIGN KEY ("tenant_id") REFERENCES "public"."tenants"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "scheduled_publications" ADD CONSTRAINT "scheduled_publications_guide_id_guides_id_fk" FOREIGN KEY ("guide_id") REFERENCES "public"."guides"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "scheduled_publications" ADD CONSTRAINT "scheduled_publications_scheduled_by_id_users_id_fk" FOREIGN KEY ("scheduled_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "payload_jobs_log" ADD CONSTRAINT "payload_jobs_log_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."payload_jobs"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "scheduled_publications_tenant_idx" ON "scheduled_publications" USING btree ("tenant_id");
  CREATE INDEX "scheduled_publications_guide_idx" ON "scheduled_publications" USING btree ("guide_id");
  CREATE INDEX "scheduled_publications_run_at_idx" ON "scheduled_publications" USING btree ("run_at");
  CREATE INDEX "scheduled_publications_state_idx" ON "scheduled_publications" USING btree ("state");
  CREATE INDEX "scheduled_publications_scheduled_by_idx" ON "scheduled_publications" USING btree ("scheduled_by_id");
  CREATE INDEX "scheduled_publications_updated_at_idx" ON "scheduled_publications" USING btree ("updated_at");
  CREATE INDEX "scheduled_publications_created_at_idx" ON "scheduled_publications" USING btree ("created_at");
  CREATE INDEX "payload_jobs_log_order_idx" ON "payload_jobs_log" USING btree ("_order");
  CREATE INDEX "payload_jobs_log_parent_id_idx" ON "payload_jobs_log" USING btree ("_parent_id");
  CREATE INDEX "payload_jobs_completed_at_idx" ON "payload_jobs" USING btree ("completed_at");
  CREATE INDEX "payload_jobs_total_tried_idx" ON "payload_jobs" USING btree ("total_tried");
  CREATE INDEX "payload_jobs_has_error_idx" ON "payload_jobs" USING btree ("has_error");
  CREATE INDEX "payload_jobs_task_slug_idx" ON "payload_jobs" USING btree ("task_slug");
  CREATE INDEX "payload_jobs_queue_idx" ON "payload_jobs" USING btree ("queue");
  CREATE INDEX "payload_jobs_wait_until_idx" ON "payload_jobs" USING btree ("wait_until");
  CREATE INDEX "payload_jobs_processing_idx" ON "payload_jobs" USING btree ("processing");
  CREATE INDEX "payload_jobs_updated_at_idx" ON "payload_jobs" USING btree ("updated_at");
  CREATE INDEX "payload_jobs_created_at_idx" ON "payload_jobs" USING btree ("created_at");
  ALTER TABLE "guides" ADD CONSTRAINT "guides_last_edited_by_id_users_id_fk" FOREIGN KEY ("last_edited_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_guides_v" ADD CONSTRAINT "_guides_v_version_last_edited_by_id_users_id_fk" FOREIGN KEY ("version_last_edited_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_scheduled_publications_fk" FOREIGN KEY ("scheduled_publications_id") REFERENCES "public"."scheduled_publications"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "guides_last_edited_by_idx" ON "guides" USING btree ("last_edited_by_id");
  CREATE INDEX "guides__status_idx" ON "guides_locales" USING btree ("_status","_locale");
  CREATE INDEX "_guides_v_version_version_last_edited_by_idx" ON "_guides_v" USING btree ("version_last_edited_by_id");
  CREATE INDEX "_guides_v_version_version__status_idx" ON "_guides_v_locales" USING btree ("version__status","_locale");
  CREATE INDEX "payload_locked_documents_rels_scheduled_publications_id_idx" ON "payload_locked_documents_rels" USING btree ("scheduled_publications_id");
  -- Until now a guide was published in every locale at once: each locale keeps that status.
  UPDATE "guides_locales" SET "_status" = "guides"."_status" FROM "guides" WHERE "guides"."id" = "guides_locales"."_parent_id";
  UPDATE "_guides_v_locales" SET "version__status" = "_guides_v"."version__status" FROM "_guides_v" WHERE "_guides_v"."id" = "_guides_v_locales"."_parent_id";
  ALTER TABLE "guides" DROP COLUMN "_status";
  ALTER TABLE "_guides_v" DROP COLUMN "version__status";`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "scheduled_publications" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "payload_jobs_log" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "payload_jobs" DISABLE ROW LEVEL SECURITY;
  DROP TABLE "scheduled_publications" CASCADE;
  DROP TABLE "payload_jobs_log" CASCADE;
  DROP TABLE "payload_jobs" CASCADE;
  ALTER TABLE "guides" DROP CONSTRAINT "guides_last_edited_by_id_users_id_fk";
  
  ALTER TABLE "_guides_v" DROP CONSTRAINT "_guides_v_version_last_edited_by_id_users_id_fk";
  
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_scheduled_publications_fk";
  
  DROP INDEX "guides_last_edited_by_idx";
  DROP INDEX "guides__status_idx";
  DROP INDEX "_guides_v_version_version_last_edited_by_idx";
  DROP INDEX "_guides_v_version_version__status_idx";
  DROP INDEX "payload_locked_documents_rels_scheduled_publications_id_idx";
  ALTER TABLE "guides" ADD COLUMN "_status" "enum_guides_status" DEFAULT 'draft';
  ALTER TABLE "_guides_v" ADD COLUMN "version__status" "enum__guides_v_version_status" DEFAULT 'draft';
  CREATE INDEX "guides__status_idx" ON "guides" USING btree ("_status");
  CREATE INDEX "_guides_v_version_version__status_idx" ON "_guides_v" USING btree ("version__status");
  ALTER TABLE "guides" DROP COLUMN "edit_revision";
  ALTER TABLE "guides" DROP COLUMN "last_edited_by_id";
  ALTER TABLE "guides" DROP COLUMN "last_edited_locale";
  ALTER TABLE "guides_locales" DROP COLUMN "_status";
  ALTER TABLE "_guides_v" DROP COLUMN "version_edit_revision";
  ALTER TABLE "_guides_v" DROP COLUMN "version_last_edited_by_id";
  ALTER TABLE "_guides_v" DROP COLUMN "version_last_edited_locale";
  ALTER TABLE "_guides_v_locales" DROP COLUMN "version__status";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "scheduled_publications_id";
  DROP TYPE "public"."enum_scheduled_publications_locale";
  DROP TYPE "public"."enum_scheduled_publications_action";
  DROP TYPE "public"."enum_scheduled_publications_state";
  DROP TYPE "public"."enum_payload_jobs_log_task_slug";
  DROP TYPE "public"."enum_payload_jobs_log_state";
  DROP TYPE "public"."enum_payload_jobs_task_slug";`)
}
