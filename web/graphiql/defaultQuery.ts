/**
 * The worked example shown in GraphiQL's first tab (when the browser has no saved GraphiQL state).
 * Change it here only: the GraphiQL bundle and the end-to-end test both read it.
 */
export const DEFAULT_QUERY = `# Which organisations has the SCO signed cooperation documents with, and which are still being worked out?
query CooperationDocuments {
  entity(id: "sco") {
    name
    ... on Organisation {
      signed: cooperationDocuments(status: [SIGNED]) { nodes { to { name } evidence { quote } } }
      beingWorkedOut: cooperationDocuments(status: [BEING_WORKED_OUT]) { nodes { to { name } evidence { quote } } }
    }
  }
}
`;
