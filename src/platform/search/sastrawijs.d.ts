// sastrawijs ships types (dist/stemmer.d.ts) that its package.json "exports" does not point to.
declare module "sastrawijs" {
  export class Stemmer {
    stem(word: string): string;
  }
}
