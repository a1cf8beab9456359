CREATE TABLE "fixity_alerts" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"sha256" text NOT NULL,
	"problem" text NOT NULL,
	"found_sha256" text,
	"detected_at" timestamp with time zone DEFAULT now() NOT NULL,
	"resolved_at" timestamp with time zone
);
--> statement-breakpoint
CREATE UNIQUE INDEX "fixity_alerts_open_idx" ON "fixity_alerts" USING btree ("sha256") WHERE resolved_at IS NULL;