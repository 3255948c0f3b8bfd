/**
 * The test environment: jest's node environment, except that `fetch` responses parse JSON in
 * the test file's own realm. jest runs each file in a separate V8 context; Node's fetch would
 * otherwise build response bodies from the outer context's Object and Array, which
 * node:assert's strict deepEqual (it compares prototypes) reports as different from the
 * test's literals even when every value matches.
 */
import { TestEnvironment } from "jest-environment-node";

export default class SalemateTestEnvironment extends TestEnvironment {
  constructor(config, context) {
    super(config, context);
    const realmJson = this.global.JSON;
    const outerFetch = this.global.fetch;
    this.global.fetch = async (...args) => {
      const res = await outerFetch(...args);
      res.json = async () => realmJson.parse(await res.text());
      return res;
    };
  }
}
