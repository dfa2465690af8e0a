/** Whether pages without JavaScript reload themselves: on unless this cookie says "off". */
export const AUTO_REFRESH_COOKIE = "lotse-auto-refresh";
