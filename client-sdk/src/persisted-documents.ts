import manifest from "./generated/persisted-documents.json" with { type: "json" };

/**
 * The persisted-documents manifest of this version of the SDK: `sha256:<hash>` -> document text.
 * A gateway with trusted documents on runs only these (see the README).
 */
const persistedDocuments: Readonly<Record<string, string>> = manifest;

export default persistedDocuments;
