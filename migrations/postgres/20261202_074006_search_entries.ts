import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
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
  
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "search_entries_id" integer;
  ALTER TABLE "search_entries" ADD CONSTRAINT "search_entries_tenant_id_tenants_id_fk" FOREIGN KEY ("tenant_id") REFERENCES "public"."tenants"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "search_entries" ADD CONSTRAINT "search_entries_guide_id_guides_id_fk" FOREIGN KEY ("guide_id") REFERENCES "public"."guides"("id") ON DELETE set null ON UPDATE no action;
  CREATE INDEX "search_entries_tenant_idx" ON "search_entries" USING btree ("tenant_id");
  CREATE INDEX "search_entries_guide_idx" ON "search_entries" USING btree ("guide_id");
  CREATE INDEX "search_entries_updated_at_idx" ON "search_entries" USING btree ("updated_at");
  CREATE INDEX "search_entries_created_at_idx" ON "search_entries" USING btree ("created_at");
  CREATE INDEX "tenant_locale_guideUpdatedAt_idx" ON "search_entries" USING btree ("tenant_id","locale","guide_updated_at");
  CREATE INDEX "guide_locale_idx" ON "search_entries" USING btree ("guide_id","locale");
  CREATE INDEX "search_entries_document_idx" ON "search_entries" USING gin ("document");
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_search_entries_fk" FOREIGN KEY ("search_entries_id") REFERENCES "public"."search_entries"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "payload_locked_documents_rels_search_entries_id_idx" ON "payload_locked_documents_rels" USING btree ("search_entries_id");`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "search_entries" DISABLE ROW LEVEL SECURITY;
  DROP TABLE "search_entries" CASCADE;
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_search_entries_fk";
  
  DROP INDEX "payload_locked_documents_rels_search_entries_id_idx";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "search_entries_id";`)
}
