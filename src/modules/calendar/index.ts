/** The working-day calendar module: the deadline calculator page and API; the admin holiday calendar (with .ics import). */
import "./messages.ts";

export { computeDeadline, type DeadlineQuery, deadlineQuery } from "./deadline.ts";
export { missingHolidayYears } from "./holidays.ts";
export { CALENDAR_CHANGED_JOB, type CalendarChanged, registerCalendarJobs } from "./jobs.ts";
export { calendarRoutes } from "./routes.tsx";
