import { describe, expect, it } from "vitest";
import { isProxyableUrl } from "../../src/net/public-host.ts";

describe("isProxyableUrl", () => {
  it.each([
    ["https://n.sinaimg.cn/finance/crawl/a.jpg", true],
    ["http://pic1.zhimg.com/v2-abc.jpg", true],
    ["https://8.8.8.8/a.png", true],
    ["https://[2606:4700::1111]/a.png", true],
    ["https://1.1.1.1:8443/a.png", true],
    // not http(s), or carrying credentials
    ["ftp://example.com/a.jpg", false],
    ["data:image/png;base64,AAAA", false],
    ["javascript:alert(1)", false],
    ["https://user:pw@example.com/a.jpg", false],
    ["/relative/a.jpg", false],
    ["", false],
    // loopback, in every spelling the URL parser accepts
    ["http://127.0.0.1/a.jpg", false],
    ["http://127.1/a.jpg", false],
    ["http://2130706433/a.jpg", false],
    ["http://0x7f000001/a.jpg", false],
    ["http://localhost:8080/a.jpg", false],
    ["http://img.localhost/a.jpg", false],
    ["http://LOCALHOST./a.jpg", false],
    ["http://[::1]/a.jpg", false],
    ["http://[::ffff:127.0.0.1]/a.jpg", false],
    // private, link-local, shared, reserved
    ["http://10.1.2.3/a.jpg", false],
    ["http://172.16.0.1/a.jpg", false],
    ["http://172.31.255.255/a.jpg", false],
    ["http://192.168.1.1/a.jpg", false],
    ["http://169.254.169.254/latest/meta-data", false],
    ["http://100.64.0.1/a.jpg", false],
    ["http://0.0.0.0/a.jpg", false],
    ["http://224.0.0.1/a.jpg", false],
    ["http://255.255.255.255/a.jpg", false],
    ["http://192.0.2.1/a.jpg", false],
    ["http://[fd00::1]/a.jpg", false],
    ["http://[fe80::1]/a.jpg", false],
    ["http://[::]/a.jpg", false],
    ["http://[::ffff:10.0.0.1]/a.jpg", false],
    ["http://[64:ff9b::a00:1]/a.jpg", false],
    ["http://[2001:db8::1]/a.jpg", false],
    // names that only resolve inside a network
    ["http://intranet/a.jpg", false],
    ["http://printer.local/a.jpg", false],
    ["http://metadata.google.internal/a.jpg", false],
    ["http://router.home.arpa/a.jpg", false],
    // just outside the private blocks
    ["http://172.32.0.1/a.jpg", true],
    ["http://100.128.0.1/a.jpg", true],
    ["http://[::ffff:8.8.8.8]/a.jpg", true],
  ])("%s -> %s", (url, expected) => {
    expect(isProxyableUrl(url)).toBe(expected);
  });

  it.each(["http://127.0.0.1:9000/a.jpg", "http://localhost/a.jpg", "http://[::1]/a.jpg"])(
    "accepts loopback %s only when allowed",
    (url) => {
      expect(isProxyableUrl(url, { allowLoopback: true })).toBe(true);
      expect(isProxyableUrl(url)).toBe(false);
      expect(isProxyableUrl("http://10.0.0.1/a.jpg", { allowLoopback: true })).toBe(false);
    },
  );
});
