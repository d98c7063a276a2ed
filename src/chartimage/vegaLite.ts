/**
 * Vega-Lite's compiler, without its global side effect. Loading vega-lite defines `Set.prototype.toJSON`, which
 * its own hashing relies on but which breaks other packages loaded after it (discord.js's util.inspect port
 * fails to load) and changes how every Set is written as JSON. This module, whose only import is vega-lite,
 * takes the definition away at once and puts it back only while a spec compiles (synchronously, so nothing
 * else runs meanwhile).
 */
import { compile, type TopLevelSpec } from 'vega-lite';

type WithToJson = { toJSON?: unknown };
const setPrototype = Set.prototype as WithToJson;
const vegaLitesToJson = Object.getOwnPropertyDescriptor(setPrototype, 'toJSON');
delete setPrototype.toJSON;

/** The Vega spec of a Vega-Lite spec. */
export function compileVegaLite(spec: TopLevelSpec): ReturnType<typeof compile> {
  if (vegaLitesToJson) Object.defineProperty(setPrototype, 'toJSON', vegaLitesToJson);
  try {
    return compile(spec);
  } finally {
    delete setPrototype.toJSON;
  }
}
