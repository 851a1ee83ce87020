/** The report in two languages: languages and locale formatting, the catalogue of texts, the method's names, the glossary. */
export * from "./lang.js";
export * from "./catalogue.js";
export * from "./terms.js";
export * from "./glossary.js";
export * from "./leaks.js";
