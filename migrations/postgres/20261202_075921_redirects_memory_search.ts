import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE TYPE "public"."enum_scheduled_publications_runat_tz" AS ENUM('UTC', 'Asia/Karachi', 'Asia/Shanghai', 'Asia/Taipei', 'Asia/Hong_Kong', 'America/Mexico_City', 'America/Lima', 'America/New_York', 'Europe/Madrid', 'Europe/London');
  CREATE TYPE "public"."enum_translation_memory_source_locale" AS ENUM('en', 'zh-Hans', 'zh-Hant', 'ur', 'es');
  CREATE TYPE "public"."enum_translation_memory_target_locale" AS ENUM('en', 'zh-Hans', 'zh-Hant', 'ur', 'es');
  CREATE TYPE "public"."enum_translation_memory_segment_kind" AS ENUM('field', 'sentence');
  CREATE TYPE "public"."enum_redirects_to_type" AS ENUM('reference', 'custom');
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
  
  CREATE TABLE "search_entries" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"tenant_id" integer NOT NULL,
  	"guide_id" integer NOT NULL,
  	"locale" varchar NOT NULL,
  	"scope" varchar NOT NULL,
  	"slug" varchar NOT NULL,
  	"title" varchar NOT NULL,
  	"summary" varchar,
  	"body" varchar,
  	"title_terms" varchar,
  	"summary_terms" varchar,
  	"body_terms" varchar,
  	"guide_updated_at" timestamp(3) with time zone NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"document" "tsvector" GENERATED ALWAYS AS (setweight(to_tsvector('simple', coalesce(title_terms, '')), 'A') || setweight(to_tsvector('simple', coalesce(summary_terms, '')), 'B') || setweight(to_tsvector('simple', coalesce(body_terms, '')), 'D') || to_tsvector('simple', scope)) STORED,
  	"rank_document" "tsvector" GENERATED ALWAYS AS (setweight(to_tsvector('simple', coalesce(title_terms, '')), 'A') || setweight(to_tsvector('simple', coalesce(summary_terms, '')), 'B')) STORED
  );
  
  CREATE TABLE "redirects" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"tenant_id" integer,
  	"from" varchar NOT NULL,
  	"to_type" "enum_redirects_to_type" DEFAULT 'reference',
  	"to_url" varchar,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "redirects_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"guides_id" integer
  );
  
  ALTER TABLE "guides" ADD COLUMN "last_edited_by_name" varchar;
  ALTER TABLE "guides_locales" ADD COLUMN "translation_memory_drafted" jsonb;
  ALTER TABLE "_guides_v" ADD COLUMN "version_last_edited_by_name" varchar;
  ALTER TABLE "_guides_v_locales" ADD COLUMN "version_translation_memory_drafted" jsonb;
  ALTER TABLE "scheduled_publications" ADD COLUMN "runat_tz" "enum_scheduled_publications_runat_tz" DEFAULT 'UTC' NOT NULL;
  ALTER TABLE "glossary" ADD COLUMN "keep_as_is" boolean DEFAULT false;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "translation_memory_id" integer;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "search_entries_id" integer;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "redirects_id" integer;
  ALTER TABLE "translation_memory" ADD CONSTRAINT "translation_memory_tenant_id_tenants_id_fk" FOREIGN KEY ("tenant_id") REFERENCES "public"."tenants"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "search_entries" ADD CONSTRAINT "search_entries_tenant_id_tenants_id_fk" FOREIGN KEY ("tenant_id") REFERENCES "public"."tenants"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "search_entries" ADD CONSTRAINT "search_entries_guide_id_guides_id_fk" FOREIGN KEY ("guide_id") REFERENCES "public"."guides"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "redirects" ADD CONSTRAINT "redirects_tenant_id_tenants_id_fk" FOREIGN KEY ("tenant_id") REFERENCES "public"."tenants"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "redirects_rels" ADD CONSTRAINT "redirects_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."redirects"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "redirects_rels" ADD CONSTRAINT "redirects_rels_guides_fk" FOREIGN KEY ("guides_id") REFERENCES "public"."guides"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "translation_memory_tenant_idx" ON "translation_memory" USING btree ("tenant_id");
  CREATE INDEX "translation_memory_source_hash_idx" ON "translation_memory" USING btree ("source_hash");
  CREATE INDEX "translation_memory_confirmed_at_idx" ON "translation_memory" USING btree ("confirmed_at");
  CREATE INDEX "translation_memory_updated_at_idx" ON "translation_memory" USING btree ("updated_at");
  CREATE INDEX "translation_memory_created_at_idx" ON "translation_memory" USING btree ("created_at");
  CREATE INDEX "search_entries_tenant_idx" ON "search_entries" USING btree ("tenant_id");
  CREATE INDEX "search_entries_guide_idx" ON "search_entries" USING btree ("guide_id");
  CREATE INDEX "search_entries_updated_at_idx" ON "search_entries" USING btree ("updated_at");
  CREATE INDEX "search_entries_created_at_idx" ON "search_entries" USING btree ("created_at");
  CREATE INDEX "tenant_locale_guideUpdatedAt_idx" ON "search_entries" USING btree ("tenant_id","locale","guide_updated_at");
  CREATE INDEX "guide_locale_idx" ON "search_entries" USING btree ("guide_id","locale");
  CREATE INDEX "search_entries_document_idx" ON "search_entries" USING gin ("document");
  CREATE INDEX "redirects_tenant_idx" ON "redirects" USING btree ("tenant_id");
  CREATE INDEX "redirects_from_idx" ON "redirects" USING btree ("from");
  CREATE INDEX "redirects_updated_at_idx" ON "redirects" USING btree ("updated_at");
  CREATE INDEX "redirects_created_at_idx" ON "redirects" USING btree ("created_at");
  CREATE INDEX "redirects_rels_order_idx" ON "redirects_rels" USING btree ("order");
  CREATE INDEX "redirects_rels_parent_idx" ON "redirects_rels" USING btree ("parent_id");
  CREATE INDEX "redirects_rels_path_idx" ON "redirects_rels" USING btree ("path");
  CREATE INDEX "redirects_rels_guides_id_idx" ON "redirects_rels" USING btree ("guides_id");
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_translation_memory_fk" FOREIGN KEY ("translation_memory_id") REFERENCES "public"."translation_memory"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_search_entries_fk" FOREIGN KEY ("search_entries_id") REFERENCES "public"."search_entries"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_redirects_fk" FOREIGN KEY ("redirects_id") REFERENCES "public"."redirects"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "payload_locked_documents_rels_translation_memory_id_idx" ON "payload_locked_documents_rels" USING btree ("translation_memory_id");
  CREATE INDEX "payload_locked_documents_rels_search_entries_id_idx" ON "payload_locked_documents_rels" USING btree ("search_entries_id");
  CREATE INDEX "payload_locked_documents_rels_redirects_id_idx" ON "payload_locked_documents_rels" USING btree ("redirects_id");
  ALTER TABLE "users" DROP COLUMN "login_attempts";
  ALTER TABLE "users" DROP COLUMN "lock_until";`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "translation_memory" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "search_entries" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "redirects" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "redirects_rels" DISABLE ROW LEVEL SECURITY;
  DROP TABLE "translation_memory" CASCADE;
  DROP TABLE "search_entries" CASCADE;
  DROP TABLE "redirects" CASCADE;
  DROP TABLE "redirects_rels" CASCADE;
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_translation_memory_fk";
  
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_search_entries_fk";
  
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_redirects_fk";
  
  DROP INDEX "payload_locked_documents_rels_translation_memory_id_idx";
  DROP INDEX "payload_locked_documents_rels_search_entries_id_idx";
  DROP INDEX "payload_locked_documents_rels_redirects_id_idx";
  ALTER TABLE "users" ADD COLUMN "login_attempts" numeric DEFAULT 0;
  ALTER TABLE "users" ADD COLUMN "lock_until" timestamp(3) with time zone;
  ALTER TABLE "guides" DROP COLUMN "last_edited_by_name";
  ALTER TABLE "guides_locales" DROP COLUMN "translation_memory_drafted";
  ALTER TABLE "_guides_v" DROP COLUMN "version_last_edited_by_name";
  ALTER TABLE "_guides_v_locales" DROP COLUMN "version_translation_memory_drafted";
  ALTER TABLE "scheduled_publications" DROP COLUMN "runat_tz";
  ALTER TABLE "glossary" DROP COLUMN "keep_as_is";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "translation_memory_id";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "search_entries_id";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "redirects_id";
  DROP TYPE "public"."enum_scheduled_publications_runat_tz";
  DROP TYPE "public"."enum_translation_memory_source_locale";
  DROP TYPE "public"."enum_translation_memory_target_locale";
  DROP TYPE "public"."enum_translation_memory_segment_kind";
  DROP TYPE "public"."enum_redirects_to_type";`)
}
