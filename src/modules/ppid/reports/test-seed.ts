/**
 * Known requests for the register and report tests, inserted straight into the
 * tables with hand-picked dates on the real 2025 calendar. The expected working
 * days of each decided request are worked out by hand in the comments; the
 * tests assert those numbers, never what the code computes for them.
 *
 * February 2025 has no holidays. March–April 2025: 28 Mar cuti bersama Nyepi,
 * 29 Mar Nyepi, 31 Mar–1 Apr Idul Fitri, 2–4 and 7 Apr cuti bersama, 18 Apr
 * Wafat Yesus Kristus. July 2025 has no holidays.
 */
import { eq } from "drizzle-orm";
import type { Platform } from "../../../platform/context.ts";
import { dikItems, seedDipDemo } from "../../dip/index.ts";
import { units } from "../../organisation/index.ts";
import { ppidRequestEvents, ppidRequests, ppidResponses } from "../schema.ts";

/** An instant from a WIB wall-clock time. */
export const wib = (s: string) => new Date(`${s}:00+07:00`);

export const SEEDED_NAMES = ["Rahmat Hidayat", "Dewi Lestari", "Budi Santoso", "Yayasan Lebong Terbuka", "Sri Wahyuni"];
export const SEEDED_NIKS = ["1707010101800001", "1707014404900002", "1707011212850003"];
export const SEEDED_EMAILS = ["rahmat@contoh.id", "dewi@contoh.id", "budi@contoh.id", "yayasan@contoh.id", "sri@contoh.id"];
export const HIDDEN_TEXT = "Salinan surat keputusan mutasi pegawai puskesmas Rimbo Pengadang";

export interface Seeded {
  dinkes: string;
  kominfo: string;
  ids: Record<string, string>;
  drafter: string;
}

let seq = 0;
const trackingHash = "0".repeat(64);

export async function seedReportRequests(p: Platform): Promise<Seeded> {
  const [dinkes] = await p.db.select().from(units).where(eq(units.code, "DINKES"));
  const [kominfo] = await p.db.select().from(units).where(eq(units.code, "DISKOMINFO-SP"));
  await seedDipDemo(p);
  const [dikH] = await p.db.select().from(dikItems).where(eq(dikItems.pasal17, "h"));
  const ids: Record<string, string> = {};
  const drafter = "00000000-0000-4000-8000-000000000001";

  const add = async (key: string, v: Partial<typeof ppidRequests.$inferInsert> & { receivedAt: Date }, nameIndex = 0) => {
    seq++;
    const year = Number(v.receivedAt.toISOString().slice(0, 4));
    const registered = v.state !== "DIAJUKAN";
    const [row] = await p.db
      .insert(ppidRequests)
      .values({
        number: registered ? `PPID-${year}-${String(seq).padStart(6, "0")}` : null,
        year: registered ? year : null,
        seq: registered ? seq : null,
        letterNumber: registered ? `500.12.18.1/${seq}/PPID/${year}` : null,
        state: "SELESAI",
        channel: "online",
        trackingHash,
        requesterType: nameIndex === 3 ? "badan_hukum" : "perorangan",
        name: SEEDED_NAMES[nameIndex],
        nik: nameIndex === 3 ? null : SEEDED_NIKS[nameIndex % 3],
        legalDocNumber: nameIndex === 3 ? "AHU-0012345.AH.01.04.2020" : null,
        address: `Jl. Merdeka No. ${seq}, Tubei, Lebong`,
        phone: `08127000000${seq % 10}`,
        email: SEEDED_EMAILS[nameIndex],
        occupation: "Wiraswasta",
        details: `Data permohonan nomor ${seq}: anggaran program kesehatan desa`,
        purpose: "Kajian kebijakan publik",
        accessMethods: ["salinan_softcopy"],
        copyDelivery: "email",
        submittedAt: v.receivedAt,
        registeredAt: registered ? v.receivedAt : null,
        clockStatus: v.decision ? "stopped" : "running",
        ...v,
      })
      .returning({ id: ppidRequests.id });
    ids[key] = row.id;
    return row.id;
  };

  // R1 DINKES: received Mon 3 Feb 09:00; notice Fri 14 Feb → 4,5,6,7,10,11,12,13,14 Feb = 9 working days; due 17 Feb (on time).
  await add("r1", {
    receivedAt: wib("2025-02-03T09:00"),
    unitId: dinkes.id,
    decision: "dikabulkan_seluruhnya",
    informationStatus: "dikuasai",
    decidedAt: wib("2025-02-14T10:00"),
    dueOn: "2025-02-17",
    handedOverAt: wib("2025-02-17T09:00"),
    fee: 5000,
    accessMethods: ["salinan_hardcopy"],
    copyDelivery: "ambil_langsung",
  });
  // R2 DINKES: received Mon 3 Feb 16:30 → counts from Tue 4 Feb; notice Wed 5 Feb → 1 working day; due 18 Feb.
  const r2 = await add(
    "r2",
    {
      receivedAt: wib("2025-02-03T16:30"),
      unitId: dinkes.id,
      decision: "dikabulkan_sebagian",
      informationStatus: "dikuasai",
      decidedAt: wib("2025-02-05T11:00"),
      dueOn: "2025-02-18",
      accessMethods: ["melihat", "mencatat"],
      copyDelivery: null,
    },
    1,
  );
  // R3 DINKES: received Sat 8 Feb → counts from Mon 10 Feb; notice Mon 24 Feb → 11,12,13,14,17,18,19,20,21,24 = 10; due 24 Feb (on time).
  const r3 = await add(
    "r3",
    {
      receivedAt: wib("2025-02-08T10:00"),
      unitId: dinkes.id,
      decision: "ditolak",
      informationStatus: "dikuasai",
      decidedAt: wib("2025-02-24T14:00"),
      dueOn: "2025-02-24",
    },
    2,
  );
  // R4 DISKOMINFO: received Mon 17 Mar 08:00, extended; notice Tue 15 Apr → 18–21, 24–27 Mar (8), then
  // 28 Mar–7 Apr are holidays and cuti bersama, 8,9,10,11,14,15 Apr (6) = 14; due after the extension 21 Apr (on time).
  await add(
    "r4",
    {
      receivedAt: wib("2025-03-17T08:00"),
      unitId: kominfo.id,
      decision: "dikabulkan_seluruhnya",
      informationStatus: "dikuasai",
      decidedAt: wib("2025-04-15T09:00"),
      dueOn: "2025-04-21",
      extended: true,
    },
    3,
  );
  // R5 DISKOMINFO: received Tue 4 Mar 10:00; clarification asked Thu 6 Mar, answered Tue 11 Mar 15:00; notice Tue 25 Mar.
  // 5–7, 10–14, 17–21, 24–25 Mar = 15 working days, less the pause 7, 10, 11 Mar = 3 → 12; due (restart) 25 Mar (on time).
  const r5 = await add(
    "r5",
    {
      receivedAt: wib("2025-03-04T10:00"),
      unitId: kominfo.id,
      decision: "tidak_dikuasai",
      informationStatus: "tidak_dikuasai",
      decidedAt: wib("2025-03-25T10:00"),
      dueOn: "2025-03-25",
    },
    4,
  );
  await p.db.insert(ppidRequestEvents).values([
    { requestId: r5, at: wib("2025-03-06T10:00"), kind: "clarification_requested", actorName: "Petugas" },
    { requestId: r5, at: wib("2025-03-11T15:00"), kind: "clarification_received", actorName: "Pemohon" },
  ]);
  // R6 DINKES: received Mon 10 Feb 09:00; notice Fri 28 Feb → 11–14, 17–21, 24–28 Feb = 14; due 24 Feb (late).
  await add("r6", {
    receivedAt: wib("2025-02-10T09:00"),
    unitId: dinkes.id,
    decision: "belum_didokumentasikan",
    informationStatus: "belum_didokumentasikan",
    decidedAt: wib("2025-02-28T10:00"),
    dueOn: "2025-02-24",
  });
  // R7 DINKES (semester II): received Tue 1 Jul; notice Tue 8 Jul → 2,3,4,7,8 Jul = 5; due 15 Jul; text hidden.
  await add(
    "r7",
    {
      receivedAt: wib("2025-07-01T09:00"),
      unitId: dinkes.id,
      decision: "dikabulkan_seluruhnya",
      informationStatus: "dikuasai",
      decidedAt: wib("2025-07-08T09:00"),
      dueOn: "2025-07-15",
      handedOverAt: wib("2025-07-09T09:00"),
      hideText: true,
      details: HIDDEN_TEXT,
    },
    1,
  );
  // R8 DINKES: withdrawn. R9 DISKOMINFO: in process, due 17 Jul 2025 (overdue). R10: online, not yet registered.
  await add("r8", { receivedAt: wib("2025-07-02T09:00"), unitId: dinkes.id, state: "DITARIK", withdrawnAt: wib("2025-07-03T09:00") }, 2);
  await add("r9", { receivedAt: wib("2025-07-03T09:00"), unitId: kominfo.id, state: "DIPROSES", dueOn: "2025-07-17" }, 0);
  await add("r10", { receivedAt: wib("2025-07-04T09:00"), state: "DIAJUKAN", unitId: null }, 4);
  // R11: received in 2024, decided in 2025: belongs to 2024.
  await add("r11", {
    receivedAt: wib("2024-12-20T09:00"),
    unitId: dinkes.id,
    decision: "dikabulkan_seluruhnya",
    decidedAt: wib("2025-01-03T09:00"),
    dueOn: "2025-01-07",
  });

  // Approved notices: R3 refused citing the DIK entry of Pasal 17 huruf h and huruf j; R2 partly granted, withheld under h.
  await p.db.insert(ppidResponses).values([
    {
      requestId: r3,
      status: "approved",
      decision: "ditolak",
      // The shape the draft-response command stores: cited DIK entries with their letter and number.
      content: {
        informationStatus: "dikuasai",
        exemptions: [
          { id: dikH.id, nomor: dikH.nomor, pasal17: "h", informasi: dikH.informasi },
          { id: "00000000-0000-4000-8000-0000000000aa", nomor: "DIK-UJI-J", pasal17: "j", informasi: "Ditutup UU lain" },
        ],
        alasan: "Memuat data kesehatan pribadi pasien.",
        contributors: [drafter],
      },
      draftedBy: drafter,
      draftedByName: "PPID Pelaksana",
    },
    {
      requestId: r2,
      status: "approved",
      decision: "dikabulkan_sebagian",
      content: {
        informationStatus: "dikuasai",
        bentuk: ["softcopy"],
        redaction: {
          reasons: [{ reason: "Pasal 17 huruf h", pages: [1], count: 2 }],
          rules: [{ text: "NIK pasien", dikId: dikH.id }],
          unmatched: [{ text: "alamat", dikId: "00000000-0000-4000-8000-0000000000aa" }],
        },
        contributors: [drafter],
      },
      draftedBy: drafter,
      draftedByName: "PPID Pelaksana",
    },
    // A returned draft names another ground: drafts never count.
    {
      requestId: r3,
      status: "returned",
      decision: "ditolak",
      content: { grounds: [{ pasal17: "a" }] },
      draftedBy: drafter,
      draftedByName: "PPID Pelaksana",
    },
  ]);
  return { dinkes: dinkes.id, kominfo: kominfo.id, ids, drafter };
}
