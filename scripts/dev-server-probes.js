/* How npm start, npm run stop and preview/measure-start.js tell whether the dev server is there: is its process
 * alive, and what does a URL answer. One copy, so that all three agree on what "up" and "gone" mean. */
"use strict";
const http = require("http");
const https = require("https");

/** Whether a process exists; EPERM means it exists but belongs to someone else. No pid, no process. */
function isAlive(pid) {
  if (!pid) return false;
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return error.code === "EPERM";
  }
}

/**
 * GET url, accepting the dev certificate even where its CA is not in Node's store; resolves to the status code,
 * or 0 when nothing answers within `timeoutMs`.
 */
function httpStatus(url, timeoutMs = 5000) {
  return new Promise((resolve) => {
    const client = url.startsWith("https:") ? https : http;
    const request = client.get(
      url,
      { rejectUnauthorized: false, timeout: timeoutMs },
      (response) => {
        response.resume();
        resolve(response.statusCode ?? 0);
      }
    );
    request.on("timeout", () => request.destroy());
    request.on("error", () => resolve(0));
  });
}

module.exports = { httpStatus, isAlive };
