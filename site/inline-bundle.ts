/**
 * A Vite plugin that inlines the built script and stylesheet into index.html. Hand-written because
 * the maintained single-file plugins are not installed here, and it takes only this much: replace
 * the emitted <script>/<link> tags with the chunk's code and drop the chunk files.
 */
import type { Plugin } from "vite";

/** A script body is safe inside <script> once "</script" cannot close it early. */
const scriptSafe = (code: string) => code.replace(/<\/(script)/gi, "<\\/$1").replace(/<!--/g, "<\\!--");

/** The plugin: runs last, on the generated bundle. */
export function inlineBundle(): Plugin {
  return {
    name: "zwfw-inline-bundle",
    apply: "build",
    enforce: "post",
    generateBundle(_options, bundle) {
      const html = Object.values(bundle).find((f) => f.type === "asset" && f.fileName.endsWith(".html"));
      if (!html || html.type !== "asset") return;
      let page = String(html.source);
      for (const [name, file] of Object.entries(bundle)) {
        if (file.type === "chunk" && file.isEntry) {
          const tag = new RegExp(`<script[^>]*src="[^"]*${escapeRegExp(file.fileName)}"[^>]*></script>`);
          page = page.replace(tag, "");
          // A classic script at the end of <body> runs after the DOM it needs, like a deferred module.
          page = page.replace("</body>", () => `<script>${scriptSafe(file.code)}</script>\n</body>`);
          delete bundle[name];
        } else if (file.type === "asset" && file.fileName.endsWith(".css")) {
          const tag = new RegExp(`<link[^>]*href="[^"]*${escapeRegExp(file.fileName)}"[^>]*>`);
          page = page.replace(tag, () => `<style>${String(file.source)}</style>`);
          delete bundle[name];
        }
      }
      html.source = page;
    },
  };
}

const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
