CREATE TABLE "dik_items" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"nomor" text NOT NULL,
	"unit_id" uuid NOT NULL,
	"informasi" text NOT NULL,
	"pasal17" text NOT NULL,
	"dasar_hukum_sektoral" text,
	"konsekuensi" text NOT NULL,
	"pertimbangan_kepentingan_publik" text NOT NULL,
	"keputusan" text NOT NULL,
	"jangka_waktu" text NOT NULL,
	"expires_on" date,
	"pejabat" text,
	"tempat_penetapan" text,
	"tanggal_penetapan" date,
	"nomor_sk" text,
	"status" text DEFAULT 'proposed' NOT NULL,
	"proposed_by" uuid NOT NULL,
	"approved_by" uuid,
	"return_note" text,
	"revoked_reason" text,
	"revoked_by" uuid,
	"revoked_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "dik_items_permanent_only_g_h" CHECK ("dik_items"."expires_on" IS NOT NULL OR "dik_items"."pasal17" IN ('g', 'h'))
);
--> statement-breakpoint
CREATE TABLE "dip_items" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"unit_id" uuid NOT NULL,
	"nomor" integer NOT NULL,
	"ringkasan" text NOT NULL,
	"pejabat_penguasa" text NOT NULL,
	"penanggung_jawab" text NOT NULL,
	"waktu_pembuatan" text NOT NULL,
	"tempat_pembuatan" text NOT NULL,
	"bentuk" text NOT NULL,
	"retensi" text NOT NULL,
	"kategori" text NOT NULL,
	"link" text,
	"tahun" integer NOT NULL,
	"published" boolean DEFAULT true NOT NULL,
	"last_updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"stale_notified_at" timestamp with time zone,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "uji_konsekuensi" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"dik_id" uuid NOT NULL,
	"dilakukan" text NOT NULL,
	"dokumen" text NOT NULL,
	"yang_dikecualikan" text NOT NULL,
	"analisis_dasar_hukum" text NOT NULL,
	"analisis_kerugian" text NOT NULL,
	"pertimbangan_kepentingan_publik" text NOT NULL,
	"kesimpulan" text NOT NULL,
	"tim" text NOT NULL,
	"tanggal" date NOT NULL,
	"recorded_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "uji_konsekuensi" ADD CONSTRAINT "uji_konsekuensi_dik_id_dik_items_id_fk" FOREIGN KEY ("dik_id") REFERENCES "public"."dik_items"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "dik_items_nomor_uq" ON "dik_items" USING btree ("nomor");--> statement-breakpoint
CREATE INDEX "dik_items_status_idx" ON "dik_items" USING btree ("status","unit_id");--> statement-breakpoint
CREATE UNIQUE INDEX "dip_items_unit_nomor_uq" ON "dip_items" USING btree ("unit_id","nomor");--> statement-breakpoint
CREATE INDEX "dip_items_public_idx" ON "dip_items" USING btree ("published","kategori","tahun");--> statement-breakpoint
CREATE INDEX "dip_items_search_idx" ON "dip_items" USING gin (to_tsvector('indonesian', "ringkasan" || ' ' || "pejabat_penguasa"));--> statement-breakpoint
CREATE INDEX "uji_konsekuensi_dik_idx" ON "uji_konsekuensi" USING btree ("dik_id","tanggal");