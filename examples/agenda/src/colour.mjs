// Colour only on a terminal, and never when NO_COLOR is set (https://no-color.org).
export function palette(stream = process.stdout, env = process.env) {
  const on =
    Boolean(stream.isTTY) && !("NO_COLOR" in env && env.NO_COLOR !== "") && env.TERM !== "dumb";
  const wrap = (open, close) => (text) =>
    on ? `\u001b[${open}m${text}\u001b[${close}m` : String(text);
  return {
    on,
    bold: wrap(1, 22),
    dim: wrap(2, 22),
    red: wrap(31, 39),
    green: wrap(32, 39),
    yellow: wrap(33, 39),
    cyan: wrap(36, 39),
  };
}
