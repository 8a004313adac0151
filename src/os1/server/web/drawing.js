// How the page is drawn: finding an element, making one, a panel's list entry, and a
// button that asks again before it does what cannot be undone.
// Everything is drawn with textContent: what people said is text, never markup.

export const $ = (id) => document.getElementById(id);

export function element(tag, className, text) {
  const node = document.createElement(tag);
  if (className) node.className = className;
  if (text !== undefined) node.textContent = text;
  return node;
}

export function button(label, onClick, className = "quiet small") {
  const node = element("button", className, label);
  node.type = "button";
  node.addEventListener("click", onClick);
  return node;
}

export function when(iso) {
  const at = new Date(iso);
  if (Number.isNaN(at.getTime())) return "";
  const today = new Date().toDateString() === at.toDateString();
  return today
    ? at.toLocaleTimeString([], { hour: "2-digit", minute: "2-digit" })
    : at.toLocaleString([], { dateStyle: "medium", timeStyle: "short" });
}

// One line of a panel's list: a small heading (when, who) with its buttons, then the text.
export function entry(className, meta, text, ...buttons) {
  const item = element("li", className);
  const head = element("div", "head");
  const actions = element("div", "actions");
  actions.append(...buttons);
  head.append(element("span", "meta", meta), actions);
  item.append(head, element("span", "text", text));
  return item;
}

// A button that asks once more before it does something that cannot be undone.
export function confirming(label, question, action, disarmed = () => {}) {
  let armed = null;
  const node = button(label, async () => {
    if (armed === null) {
      node.textContent = question;
      node.classList.add("armed");
      armed = setTimeout(() => {
        node.textContent = label;
        node.classList.remove("armed");
        armed = null;
        disarmed();
      }, 5000);
      return;
    }
    clearTimeout(armed);
    node.disabled = true;
    await action();
  });
  return node;
}
