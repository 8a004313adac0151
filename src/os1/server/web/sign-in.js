// Sign in and sign up share one form; a link switches between them. Signing out, too.

import { api } from "./api.js";
import { $ } from "./drawing.js";
import { report } from "./problems.js";
import { show } from "./screens.js";

export class SignIn {
  constructor(handlers) {
    this.on = handlers; // entered(me) once signed in or up, left() on signing out
    this.signingUp = false;
    $("auth-switch").addEventListener("click", () => this.setMode(!this.signingUp));
    $("auth-form").addEventListener("submit", async (event) => {
      event.preventDefault();
      const submit = $("auth-submit");
      submit.disabled = true;
      $("auth-error").hidden = true;
      try {
        const me = await api("POST", this.signingUp ? "/api/signup" : "/api/signin", {
          username: $("auth-username").value.trim(),
          password: $("auth-password").value,
        });
        $("auth-password").value = "";
        this.on.entered(me);
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
      this.on.left();
      this.setMode(false);
      this.show();
    });
  }

  show() {
    show("auth");
    $("auth-password").value = "";
    $("auth-error").hidden = true;
    $("auth-username").focus();
  }

  setMode(up) {
    this.signingUp = up;
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
}
