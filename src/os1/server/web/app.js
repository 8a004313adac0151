// os1 in the browser: sign in, the first-boot interview, then talk (typed or spoken)
// with the panels beside. The server is the truth: on load, /api/me says where we are.

import { api, Problem, useCsrf, whenSignedOut } from "./api.js";
import { Chat } from "./chat.js";
import { Panels } from "./panels.js";
import { Voice } from "./voice.js";

const $ = (id) => document.getElementById(id);

// Counters the end-to-end tests read: that pieces streamed and audio really went out and played.
window.os1 = {
  screen: null,
  chat: { said: 0, progress: 0, pieces: 0, replies: 0, outreach: 0, errors: 0, streamed: "" },
  voice: {
    framesSent: 0, samplesSent: 0, peak: 0, contextRate: null,
    phrasesQueued: 0, phrasesPlayed: 0, samplesPlayed: 0, stops: 0, played: [], events: [],
  },
};

// Problems: one place at the top of the page says what went wrong and what to do.

function report(problem) {
  const fix = problem instanceof Problem ? problem.fix : "reload the page and try again";
  $("problem-message").textContent = problem.message;
  $("problem-fix").textContent = fix;
  $("problem").hidden = false;
}

function clearProblem() {
  $("problem").hidden = true;
}

$("problem-close").addEventListener("click", clearProblem);

// Screens

function show(screen) {
  for (const name of ["auth", "interview", "talk"]) $(`screen-${name}`).hidden = name !== screen;
  $("who").hidden = screen === "auth";
  window.os1.screen = screen;
}

async function arrive() {
  let me;
  try {
    me = await api("GET", "/api/me");
  } catch (problem) {
    if (problem.status !== 401) report(problem);
    showAuth();
    return;
  }
  enter(me);
}

function enter(me) {
  useCsrf(me.csrf);
  clearProblem();
  if (me.os) startTalking(me.os.name);
  else startInterview();
}

whenSignedOut((problem) => {
  leave();
  showAuth();
  report(problem);
});

// Sign in and sign up share one form; a link switches between them.

let signingUp = false;

function showAuth() {
  show("auth");
  $("auth-password").value = "";
  $("auth-error").hidden = true;
  $("auth-username").focus();
}

function setAuthMode(up) {
  signingUp = up;
  $("auth-title").textContent = up ? "Welcome." : "Hello.";
  $("auth-lede").textContent = up
    ? "Choose a name and a password. Your OS will be yours alone."
    : "Sign in to talk to your OS.";
  $("auth-submit").textContent = up ? "Create my OS" : "Sign in";
  $("auth-switch-text").textContent = up ? "Already have one?" : "New here?";
  $("auth-switch").textContent = up ? "Sign in instead" : "Create an account";
  $("auth-password").autocomplete = up ? "new-password" : "current-password";
  $("auth-hint").hidden = !up;
  $("auth-error").hidden = true;
}

$("auth-switch").addEventListener("click", () => setAuthMode(!signingUp));

$("auth-form").addEventListener("submit", async (event) => {
  event.preventDefault();
  const submit = $("auth-submit");
  submit.disabled = true;
  $("auth-error").hidden = true;
  try {
    const me = await api("POST", signingUp ? "/api/signup" : "/api/signin", {
      username: $("auth-username").value.trim(),
      password: $("auth-password").value,
    });
    $("auth-password").value = "";
    enter(me);
  } catch (problem) {
    $("auth-error-message").textContent = problem.message;
    $("auth-error-fix").textContent = problem.fix;
    $("auth-error").hidden = false;
  } finally {
    submit.disabled = false;
  }
});

$("sign-out").addEventListener("click", async () => {
  try {
    await api("POST", "/api/signout");
  } catch (problem) {
    if (problem.status !== 401) report(problem);
  }
  leave();
  setAuthMode(false);
  showAuth();
});

// First boot: the questions one at a time, as the terminal asks them.

const interview = { questions: [], at: 0, answers: {} };

async function startInterview() {
  show("interview");
  $("os-name").textContent = "";
  $("interview-form").hidden = false;
  $("interview-choosing").hidden = true;
  $("interview-named").hidden = true;
  interview.answers = {};
  interview.at = 0;
  try {
    interview.questions = await api("GET", "/api/interview");
  } catch (problem) {
    report(problem);
    return;
  }
  ask();
}

function ask() {
  const question = interview.questions[interview.at];
  $("interview-progress").textContent = `${interview.at + 1} of ${interview.questions.length}`;
  $("interview-question").textContent = question.ask;
  $("interview-label").textContent = question.ask;
  $("interview-answer").value = "";
  $("interview-answer").focus();
}

async function answer(text) {
  const question = interview.questions[interview.at];
  interview.answers[question.key] = text;
  // Once the person has a name, the questions after it greet them by it.
  if (question.key === "user_name" && text) {
    try {
      interview.questions = await api("GET", `/api/interview?name=${encodeURIComponent(text)}`);
    } catch (problem) {
      report(problem);
      return;
    }
  }
  interview.at += 1;
  if (interview.at < interview.questions.length) ask();
  else chooseName();
}

async function chooseName() {
  $("interview-form").hidden = true;
  $("interview-choosing").hidden = false;
  try {
    const persona = await api("POST", "/api/interview", interview.answers);
    $("interview-choosing").hidden = true;
    $("chosen-name").textContent = persona.name;
    $("chosen-introduction").textContent = persona.introduction;
    $("interview-named").hidden = false;
    $("os-name").textContent = persona.name;
    $("start-talking").focus();
  } catch (problem) {
    report(problem);
    // Already named (another tab finished first): go and talk.
    if (problem.status === 400) arrive();
  }
}

$("interview-form").addEventListener("submit", (event) => {
  event.preventDefault();
  answer($("interview-answer").value.trim());
});
$("interview-skip").addEventListener("click", () => answer(""));
$("start-talking").addEventListener("click", () => startTalking($("chosen-name").textContent));

// Talk

const panels = new Panels(report);
let reply = null; // the OS's bubble being written

function bubble(kind, text) {
  const item = document.createElement("li");
  item.className = `bubble ${kind}`;
  item.textContent = text;
  $("log").append(item);
  item.scrollIntoView({ block: "end" });
  return item;
}

function writing() {
  if (reply === null) {
    reply = bubble("os", "");
    reply.setAttribute("aria-busy", "true");
  }
  return reply;
}

function written(text) {
  const item = writing();
  delete item.dataset.progress;
  item.textContent = text;
  item.removeAttribute("aria-busy");
  reply = null;
  $("send").disabled = false;
  panels.showMemories(panels.query);
  panels.showReminders();
}

function failed(message, fix) {
  if (reply !== null) {
    reply.remove();
    reply = null;
  }
  const item = bubble("failed", message);
  item.append(document.createElement("br"), document.createTextNode(`What to do: ${fix}`));
  $("send").disabled = false;
}

const chat = new Chat(window.os1.chat, {
  ready(name) {
    $("os-name").textContent = name;
  },
  progress(text) {
    // Shown in the bubble the reply will fill, until its first piece.
    writing().dataset.progress = text;
  },
  piece(text) {
    const item = writing();
    delete item.dataset.progress;
    item.textContent += text;
    item.scrollIntoView({ block: "end" });
  },
  reply(text, mood) {
    // What the pieces had written before the whole reply replaced it (the tests compare them).
    window.os1.chat.streamed = writing().textContent;
    written(text);
    if (mood) panels.showMood(mood);
  },
  outreach(text) {
    bubble("os first", text);
    panels.showReminders();
    panels.showOutreach();
  },
  error: failed,
  closed(code) {
    // A reply cut off by the connection will not come; the message may be sent again.
    if (reply !== null && $("send").disabled) {
      failed("The connection closed before the reply came", "send your message again");
    }
    if (code === 1008) arrive();
  },
});

function status(text) {
  $("voice-status").textContent = text;
}

const voice = new Voice(window.os1.voice, {
  status,
  heard(text) {
    status(`Heard: “${text}”`);
    bubble("user voice", text);
  },
  speaking(text) {
    const item = writing();
    item.textContent += (item.textContent ? " " : "") + text;
    item.scrollIntoView({ block: "end" });
  },
  answered(text) {
    written(text);
    panels.showState();
  },
  error(message, fix) {
    failed(message, fix);
    status("");
  },
  cut() {
    // The person spoke again before the reply was whole: it stays as far as it got.
    if (reply !== null) {
      if (reply.textContent === "") reply.remove();
      else reply.removeAttribute("aria-busy");
      reply = null;
    }
  },
  ended() {
    $("hold-to-talk").classList.remove("live");
    $("hands-free").setAttribute("aria-pressed", "false");
    if (reply !== null && reply.textContent === "") {
      reply.remove();
      reply = null;
    }
  },
});

async function startTalking(name) {
  // Typing waits for the history: drawn after a new message, it would replace it.
  for (const id of ["message", "send", "hold-to-talk", "hands-free"]) $(id).disabled = true;
  show("talk");
  $("os-name").textContent = name;
  $("panel-os-name").textContent = name;
  panels.osName = name;
  chat.connect();
  await showHistory();
  for (const id of ["message", "send", "hold-to-talk", "hands-free"]) $(id).disabled = false;
  panels.refresh();
  $("message").focus();
}

// The last few turns, so a reload does not lose the thread of the conversation.
async function showHistory() {
  try {
    const recent = await api("GET", "/api/memories?limit=20");
    $("log").replaceChildren();
    for (const turn of recent.turns) bubble(turn.role === "user" ? "user" : "os", turn.text);
  } catch (problem) {
    report(problem);
  }
}

function leave() {
  chat.close();
  voice.shutdown();
  useCsrf(null);
  reply = null;
  $("log").replaceChildren();
  $("os-name").textContent = "";
  panels.clear();
  setView(false);
}

$("composer").addEventListener("submit", (event) => {
  event.preventDefault();
  const text = $("message").value.trim();
  if (!text) return;
  bubble("user", text);
  $("message").value = "";
  $("send").disabled = true;
  writing();
  chat.say(text);
});

// Enter sends, Shift+Enter is a new line, as in every chat.
$("message").addEventListener("keydown", (event) => {
  if (event.key === "Enter" && !event.shiftKey && !event.isComposing) {
    event.preventDefault();
    if (!$("send").disabled) $("composer").requestSubmit();
  }
});

// Hold to talk: pointer or keyboard (Space/Enter held on the focused button).

const hold = $("hold-to-talk");
function press(event) {
  if (event.button !== undefined && event.button !== 0) return;
  event.preventDefault();
  if ($("hands-free").getAttribute("aria-pressed") === "true") return;
  hold.classList.add("live");
  if (event.pointerId !== undefined) hold.setPointerCapture(event.pointerId);
  voice.start();
}
function release() {
  if (!hold.classList.contains("live")) return;
  hold.classList.remove("live");
  voice.finish();
}
hold.addEventListener("pointerdown", press);
hold.addEventListener("pointerup", release);
hold.addEventListener("pointercancel", release);
hold.addEventListener("keydown", (event) => {
  if ((event.key === " " || event.key === "Enter") && !event.repeat) press(event);
});
hold.addEventListener("keyup", (event) => {
  if (event.key === " " || event.key === "Enter") release();
});
hold.addEventListener("contextmenu", (event) => event.preventDefault());

$("hands-free").addEventListener("click", () => {
  const on = $("hands-free").getAttribute("aria-pressed") !== "true";
  $("hands-free").setAttribute("aria-pressed", String(on));
  if (on) voice.start();
  else voice.finish();
});

// On a phone, the panels are a tab away from the conversation.

function setView(panelsShown) {
  $("talk-layout").classList.toggle("show-panels", panelsShown);
  $("tab-talk").setAttribute("aria-pressed", String(!panelsShown));
  $("tab-panels").setAttribute("aria-pressed", String(panelsShown));
}
$("tab-talk").addEventListener("click", () => setView(false));
$("tab-panels").addEventListener("click", () => {
  setView(true);
  panels.refresh();
});

setAuthMode(false);
arrive();
