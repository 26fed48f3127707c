/** The feed's address: https for Google Calendar's "From URL", webcal to open a calendar app. */
export function feedUrls(baseUrl: string, token: string) {
  const url = `${baseUrl}/cal/${token}.ics`;
  return { url, webcalUrl: url.replace(/^https?:/, 'webcal:') };
}
