// os1 in the browser: sign in, the first-boot interview, then talk (typed or spoken)
// with the panels beside. The server is the truth: on load, /api/me says where we are.
// This puts the page together; each part is a module of its own.

import { api, useCsrf, whenSignedOut } from "./api.js";
import { Interview } from "./interview.js";
import { Panels } from "./panels.js";
import { clearProblem, report } from "./problems.js";
import { SignIn } from "./sign-in.js";
import { Talk } from "./talk.js";

// Counters the end-to-end tests read: that pieces streamed and audio really went out and played.
window.os1 = {
  screen: null,
  chat: { said: 0, progress: 0, pieces: 0, replies: 0, outreach: 0, errors: 0, streamed: "" },
  voice: {
    framesSent: 0, samplesSent: 0, peak: 0, contextRate: null,
    phrasesQueued: 0, phrasesPlayed: 0, samplesPlayed: 0, stops: 0, played: [], events: [],
  },
};

const panels = new Panels(report);
const talk = new Talk(window.os1, panels, arrive);
const interview = new Interview({ arrive, talk: (name) => talk.start(name) });
const signIn = new SignIn({ entered: enter, left: () => talk.leave() });

async function arrive() {
  let me;
  try {
    me = await api("GET", "/api/me");
  } catch (problem) {
    if (problem.status !== 401) report(problem);
    signIn.show();
    return;
  }
  enter(me);
}

function enter(me) {
  useCsrf(me.csrf);
  clearProblem();
  if (me.os) talk.start(me.os.name);
  else interview.start();
}

whenSignedOut((problem) => {
  talk.leave();
  signIn.show();
  report(problem);
});

signIn.setMode(false);
arrive();
