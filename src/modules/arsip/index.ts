/**
 * The electronic archive (arsip elektronik, domain.md §5): records captured, classified,
 * retained and found. Other modules file records through `fileRecord(w, input)` inside their
 * own transaction.
 */
import "./messages.ts";

export { CLASS_READERS, PUBLIC_SCOPE, type ReadScope, readScope } from "./access.ts";
export { EXTRACT_JOB, registerArsipJobs } from "./extract.ts";
export { type FileRecordInput, fileRecord, recordsFromSource, type StoredFile } from "./record.ts";
export { arsipRoutes } from "./routes.tsx";
export { DISPOSITIONS, type Disposition, SECURITY_CLASSES, type SecurityClass } from "./schema.ts";
export { seedArsip } from "./seed.ts";
