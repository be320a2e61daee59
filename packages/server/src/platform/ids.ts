/** Whether a path parameter can be an id of ours, before asking the database (uuid columns
 * refuse anything else with an error instead of "not found"). */
export const isUuid = (value: string) =>
  /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(value);
