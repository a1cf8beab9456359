/** Factories for PPID tests: a valid request body and a tiny real PNG/PDF. */
import { deflateSync } from "node:zlib";

/** A 1×1 white PNG (real bytes, sniffed as image/png). */
export function tinyPng(): Uint8Array {
  const crcTable = Array.from({ length: 256 }, (_, n) => {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    return c >>> 0;
  });
  const crc = (b: Buffer) => {
    let c = 0xffffffff;
    for (const x of b) c = crcTable[(c ^ x) & 0xff] ^ (c >>> 8);
    return (c ^ 0xffffffff) >>> 0;
  };
  const chunk = (type: string, data: Buffer) => {
    const len = Buffer.alloc(4);
    len.writeUInt32BE(data.length);
    const td = Buffer.concat([Buffer.from(type, "ascii"), data]);
    const c = Buffer.alloc(4);
    c.writeUInt32BE(crc(td));
    return Buffer.concat([len, td, c]);
  };
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(1, 0);
  ihdr.writeUInt32BE(1, 4);
  ihdr[8] = 8;
  ihdr[9] = 2;
  const idat = deflateSync(Buffer.from([0, 255, 255, 255]));
  return new Uint8Array(
    Buffer.concat([
      Buffer.from([137, 80, 78, 71, 13, 10, 26, 10]),
      chunk("IHDR", ihdr),
      chunk("IDAT", idat),
      chunk("IEND", Buffer.alloc(0)),
    ]),
  );
}

/** The fields of a valid online request (form or API). */
export function validRequest(over: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    requesterType: "perorangan",
    name: "Siti Rahmawati",
    nik: "1707015203900001",
    address: "Jl. Raya Tubei No. 12, Kabupaten Lebong",
    phone: "081234567890",
    email: "siti@contoh.id",
    occupation: "Wiraswasta",
    details: "Salinan dokumen DPA Dinas Kesehatan Kabupaten Lebong tahun anggaran 2026.",
    purpose: "Bahan kajian kelompok masyarakat tentang layanan kesehatan desa.",
    accessMethods: ["salinan_softcopy"],
    copyDelivery: "email",
    ...over,
  };
}

export const pngBase64 = () => Buffer.from(tinyPng()).toString("base64");
