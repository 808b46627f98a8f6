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

export type Tree = Readonly<Record<string, unknown>>;

export const isTree = (value: unknown): value is Tree => typeof value === 'object' && value !== null && !Array.isArray(value);

/** The value at a dotted path of any object tree (stored settings need not have the settings' shape). */
export function valueAtPath(tree: unknown, path: string): unknown {
  return path.split('.').reduce<unknown>((node, key) => (isTree(node) ? node[key] : undefined), tree);
}

function replaceIn(node: Tree, [key, ...rest]: string[], value: unknown): Tree {
  if (key === undefined || key === '') return node;
  const child = node[key];
  return { ...node, [key]: rest.length ? replaceIn(isTree(child) ? child : {}, rest, value) : value };
}

/** A copy with the value at a dotted path replaced; untouched branches are shared (missing ones created). */
export function withValueAtPath(tree: Tree, path: string, value: unknown): Tree {
  return replaceIn(tree, path.split('.'), value);
}

export function valueAt(settings: Settings, path: SettingPath): unknown {
  return valueAtPath(settings, path);
}

/** A copy with one value replaced; untouched branches are shared, so unchanged sections keep their identity. */
export function withValue<P extends SettingPath>(settings: Settings, path: P, value: P extends FlagPath ? boolean : string): Settings {
  return withValueAtPath(settings, path, value) as Settings;
}
