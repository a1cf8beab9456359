/** The public side of the working-day calendar: the deadline calculator page and API. */
import "./messages.ts";

export { computeDeadline, type DeadlineQuery, deadlineQuery } from "./deadline.ts";
export { missingHolidayYears } from "./holidays.ts";
export { calendarRoutes } from "./routes.tsx";
