/** Everything the staff case page shows, and which actions the person may take now. */
import { loadCalendar } from "../../../platform/calendar/index.ts";
import type { Db, Tx } from "../../../platform/db/client.ts";
import type { Actor } from "../../../platform/http/actor.ts";
import { can } from "../../access/index.ts";
import { getUnit, listUnits } from "../../organisation/index.ts";
import { clockEventsOf, type PpidRequest, todayWib } from "../case.ts";
import { type Clock, ClockError, computeClock, type Urgency, urgency } from "../clock.ts";
import { type Law, loadLaw } from "../law.ts";
import { requestEvents, requestFiles, requestResponses } from "../queries.ts";
import { canTransition, needsHandOver } from "../states.ts";
import { clarificationRules } from "./guard.ts";

export interface CaseActions {
  register: boolean;
  assign: boolean;
  reassign: boolean;
  clarify: boolean;
  answer: boolean;
  extend: boolean;
  handOver: boolean;
  close: boolean;
  note: boolean;
  respond: boolean;
}

/** Only the actions that can work in this state for this person (the commands check again). */
export function caseActions(actor: Actor, req: PpidRequest, today: string): CaseActions {
  const target = { unitId: req.unitId };
  const work = can(actor, "ppid.request.work", target);
  const assign = can(actor, "ppid.request.assign");
  const granted = req.decision !== null && needsHandOver(req.decision);
  return {
    register: canTransition(req.state, "register") && can(actor, "ppid.desk"),
    assign: canTransition(req.state, "assign") && assign,
    reassign: canTransition(req.state, "reassign") && assign,
    clarify: canTransition(req.state, "request_clarification") && clarificationRules(req).some((r) => can(actor, r, target)),
    answer: canTransition(req.state, "receive_clarification") && (work || can(actor, "ppid.desk")),
    extend:
      (req.state === "TERREGISTRASI" || req.state === "DIPROSES") &&
      !req.extended &&
      req.clockStatus === "running" &&
      req.dueOn !== null &&
      today <= req.dueOn &&
      work,
    handOver: canTransition(req.state, "hand_over") && granted && work,
    close: canTransition(req.state, "close") && !(req.state === "DIPUTUS" && granted) && work,
    note: can(actor, "ppid.request.read", target),
    respond: req.state === "DIPROSES" && (work || can(actor, "ppid.response.approve")),
  };
}

export interface CaseData {
  req: PpidRequest;
  unitName: string | null;
  events: Awaited<ReturnType<typeof requestEvents>>;
  files: Awaited<ReturnType<typeof requestFiles>>;
  responses: Awaited<ReturnType<typeof requestResponses>>;
  clock: Clock | null;
  clockProblem: string | null;
  urgency: Urgency;
  law: Law;
  today: string;
  units: { value: string; label: string }[];
  actions: CaseActions;
}

export async function loadCase(db: Db, actor: Actor, req: PpidRequest): Promise<CaseData> {
  const [events, files, responses, cal, law, unit] = await Promise.all([
    requestEvents(db, req.id, false),
    requestFiles(db, req.id, false),
    requestResponses(db, req.id),
    loadCalendar(db),
    loadLaw(db),
    req.unitId ? getUnit(db, req.unitId) : Promise.resolve(null),
  ]);
  let clock: Clock | null = null;
  let clockProblem: string | null = null;
  try {
    // clockEventsOf only reads; the page's database handle serves as its executor.
    clock = computeClock(cal, law, await clockEventsOf({ tx: db as unknown as Tx }, req.id));
  } catch (e) {
    if (!(e instanceof ClockError)) throw e;
    clockProblem = `Riwayat waktu pelayanan tidak dapat dihitung ulang (${e.message}); batas waktu yang tersimpan ditampilkan.`;
  }
  const today = todayWib();
  const actions = caseActions(actor, req, today);
  const units = actions.assign || actions.reassign ? (await listUnits(db)).map((u) => ({ value: u.id, label: u.name })) : [];
  return {
    req,
    unitName: unit?.name ?? null,
    events,
    files,
    responses,
    clock,
    clockProblem,
    urgency: urgency(cal, law, { status: req.clockStatus, due: req.dueOn }, today),
    law,
    today,
    units,
    actions,
  };
}
