import { PgDialect } from "drizzle-orm/pg-core";
import { describe, expect, it } from "vitest";
import { indonesianQuery, rootWords } from "./indonesian.ts";

const dialect = new PgDialect();

describe("Indonesian queries", () => {
  it("replaces each word by its Sastrawi root, keeping quotes and OR", () => {
    expect(rootWords('Laporan pemerintahan OR "keuangan daerah"')).toBe('lapor perintah OR "uang daerah"');
    expect(rootWords("perintah diperintahkan memerintahkan")).toBe("perintah perintah perintah");
  });

  it("asks three ways joined by OR, but a query with a minus only as typed", () => {
    const joined = dialect.sqlToQuery(indonesianQuery("pemerintahan"));
    expect(joined.sql.match(/websearch_to_tsquery/g)).toHaveLength(3);
    expect(joined.params).toEqual(["pemerintahan", "perintah", "perintah"]);
    for (const q of ["staf -perintah", '"surat edaran" -bupati', "(-x)"]) {
      expect(dialect.sqlToQuery(indonesianQuery(q)).sql.match(/websearch_to_tsquery/g), q).toHaveLength(1);
    }
    // A hyphenated word is not a minus.
    expect(dialect.sqlToQuery(indonesianQuery("kartu tanda-penduduk")).sql.match(/websearch_to_tsquery/g)).toHaveLength(3);
  });
});
