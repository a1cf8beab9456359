/**
 * Indonesian full-text queries. PostgreSQL's Snowball `indonesian` stemmer
 * strips affixes by rule, without a dictionary: "pemerintahan" and
 * "memerintahkan" become `perintah`, but the root word "perintah" itself loses
 * its "per-" and becomes `intah`, so the two never meet. Sastrawi (the
 * Nazief–Adriani stemmer with a dictionary of Indonesian roots) knows that
 * "perintah" is a root.
 *
 * So a query is asked three ways and their answers joined: as typed; with each
 * word replaced by its Sastrawi root, through the same `indonesian`
 * configuration; and those roots as they are (`simple`), which is how a
 * document's "pemerintahan" is stored. The documents' tsvectors stay as they
 * are. A query with a minus is asked as typed only, since joining would let a
 * document that holds the excluded word back in through another form of it.
 */
import { type SQL, sql } from "drizzle-orm";
import { Stemmer } from "sastrawijs";

const stemmer = new Stemmer();

/** The query with every word replaced by its Sastrawi root; quotes and OR (websearch syntax) kept. */
export function rootWords(q: string): string {
  return q.replace(/[\p{L}\p{N}]+/gu, (w) => (w.toLowerCase() === "or" ? w : stemmer.stem(w.toLowerCase())));
}

const NEGATED = /(^|[\s(])-[\p{L}\p{N}"]/u;

/** The tsquery for a websearch-syntax query over `indonesian` tsvectors (see above). */
export function indonesianQuery(q: string): SQL {
  if (NEGATED.test(q)) return sql`websearch_to_tsquery('indonesian', ${q})`;
  const roots = rootWords(q);
  return sql`(websearch_to_tsquery('indonesian', ${q}) || websearch_to_tsquery('indonesian', ${roots}) || websearch_to_tsquery('simple', ${roots}))`;
}
