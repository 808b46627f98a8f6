import type { Settings } from './schema';

/**
 * Typed dotted paths into the settings ("salesforce.roleField"), so one generic field component can
 * bind to any setting and a misspelt path is a type error, not a silently dead input.
 */
type LeafPaths<T, V, Prefix extends string = ''> = {
  [K in keyof T & string]: T[K] extends V
    ? `${Prefix}${K}`
    : T[K] extends readonly unknown[]
      ? never
      : T[K] extends object
        ? LeafPaths<T[K], V, `${Prefix}${K}.`>
        : never;
}[keyof T & string];

export type TextPath = LeafPaths<Settings, string>;
export type FlagPath = LeafPaths<Settings, boolean>;
export type SettingPath = TextPath | FlagPath;

type Tree = Readonly<Record<string, unknown>>;

const isTree = (value: unknown): value is Tree => typeof value === 'object' && value !== null && !Array.isArray(value);

export function valueAt(settings: Settings, path: SettingPath): unknown {
  return path.split('.').reduce<unknown>((node, key) => (isTree(node) ? node[key] : undefined), settings);
}

function replaceIn(node: Tree, [key, ...rest]: string[], value: unknown): Tree {
  if (key === undefined) return node;
  const child = node[key];
  return { ...node, [key]: rest.length ? replaceIn(isTree(child) ? child : {}, rest, value) : value };
}

/** A copy with one value replaced; untouched branches are shared, so unchanged sections keep their identity. */
export function withValue<P extends SettingPath>(settings: Settings, path: P, value: P extends FlagPath ? boolean : string): Settings {
  return replaceIn(settings, path.split('.'), value) as Settings;
}
