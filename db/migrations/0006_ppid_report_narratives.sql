CREATE TABLE "ppid_report_narratives" (
	"year" integer NOT NULL,
	"period" text NOT NULL,
	"parts" jsonb NOT NULL,
	"updated_by" uuid,
	"updated_by_name" text NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "ppid_report_narratives_year_period_pk" PRIMARY KEY("year","period")
);
