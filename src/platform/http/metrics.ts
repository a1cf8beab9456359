import { Counter, collectDefaultMetrics, Histogram, Registry } from "prom-client";

export const registry = new Registry();
collectDefaultMetrics({ register: registry, prefix: "satupintu_" });

export const httpDuration = new Histogram({
  name: "satupintu_http_request_duration_seconds",
  help: "HTTP request duration",
  labelNames: ["method", "route", "status"],
  buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5],
  registers: [registry],
});

export const jobsFailed = new Counter({
  name: "satupintu_jobs_failed_total",
  help: "Background jobs that threw",
  labelNames: ["job"],
  registers: [registry],
});
