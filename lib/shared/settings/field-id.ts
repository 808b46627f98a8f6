/** The options page's element id of a setting's field: links from other pages land on it by this id. */
export function settingFieldId(path: string): string {
  return `field-${path.replace(/[^A-Za-z0-9_-]/g, '-')}`;
}
