// Talking to os1's own API: JSON in and out, the CSRF token on every unsafe request,
// and every failure as a Problem with the server's message and its fix.

export class Problem extends Error {
  constructor(message, fix, status = 0) {
    super(message);
    this.fix = fix;
    this.status = status;
  }
}

let csrf = null;
let onSignedOut = () => {};

export function useCsrf(token) {
  csrf = token;
}

// Called when the server says the session is over (it expired, or was signed out elsewhere).
export function whenSignedOut(callback) {
  onSignedOut = callback;
}

// A file as the request body (an archive to restore), with the CSRF token.
export function upload(path, file) {
  return api("POST", path, file);
}

export async function api(method, path, body) {
  const headers = { Accept: "application/json" };
  const raw = body instanceof Blob;
  if (body !== undefined) headers["Content-Type"] = raw ? "application/zip" : "application/json";
  if (method !== "GET" && csrf) headers["X-CSRF-Token"] = csrf;
  let response;
  try {
    response = await fetch(path, {
      method,
      headers,
      body: body === undefined || raw ? body : JSON.stringify(body),
      credentials: "same-origin",
    });
  } catch {
    throw new Problem("os1 cannot be reached", "check that os1 serve is still running, then try again");
  }
  if (response.status === 204) return null;
  let data = null;
  try {
    data = await response.json();
  } catch {
    // An answer that is not JSON (a proxy's error page): described below by its status.
  }
  if (!response.ok) {
    const error = data && data.error ? data.error : {};
    const problem = new Problem(
      error.message || `The server answered ${response.status}`,
      error.fix || "try again in a moment",
      response.status,
    );
    // Only a session we had can be lost: before sign-in, or at sign-in (a wrong password),
    // a 401 is the expected answer, not news.
    if (response.status === 401 && csrf !== null && !path.startsWith("/api/sign")) onSignedOut(problem);
    throw problem;
  }
  return data;
}
