// Apollo Client adds __typename to every selection before sending an operation. The documents
// (and their hashes in the persisted-documents manifest) must already have it, so that what
// the client sends is exactly what the manifest holds.
const { addTypenameSelectionDocumentTransform } = require("@graphql-codegen/client-preset");

exports.transform = addTypenameSelectionDocumentTransform.transform;
