/** One text in both languages: the unit of the catalogue (../catalogue.ts). */
export interface Text {
  readonly en: string;
  readonly zh: string;
}
