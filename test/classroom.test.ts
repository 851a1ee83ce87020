/**
 * Classroom mode's decision and boot (src/lib/report/classroom.ts), and the inline script the page head
 * runs, evaluated here against a fake page (the browser test checks the real one across a link).
 */
import {describe, expect, test} from "vitest";
import {classroomBoot, classroomHeadScript, classroomMode} from "../src/lib/report/classroom.js";

function fakeStorage(init: Record<string, string> = {}) {
  const m = new Map(Object.entries(init));
  return {
    map: m,
    getItem: (k: string) => m.get(k) ?? null,
    setItem: (k: string, v: string) => void m.set(k, v),
    removeItem: (k: string) => void m.delete(k)
  };
}
function fakeRoot() {
  const classes = new Set<string>();
  return {classes, classList: {add: (c: string) => void classes.add(c), remove: (c: string) => void classes.delete(c)}};
}

describe("classroomMode", () => {
  test("the parameter switches, the tab remembers", () => {
    expect(classroomMode("?classroom=1", null)).toEqual({on: true, change: "enter"});
    expect(classroomMode("?classroom", null)).toEqual({on: true, change: "enter"}); // as before: presence turns it on
    expect(classroomMode("?classroom=1", "1")).toEqual({on: true, change: null});
    expect(classroomMode("?rule=paper", "1")).toEqual({on: true, change: null});
    expect(classroomMode("", null)).toEqual({on: false, change: null});
    for (const off of ["0", "false", "OFF"]) expect(classroomMode(`?classroom=${off}`, "1")).toEqual({on: false, change: "leave"});
    expect(classroomMode("?classroom=0", null)).toEqual({on: false, change: null});
  });
});

describe("classroomBoot", () => {
  test("entering stores the mode and folds the sidebar once; a link without the parameter stays in it", () => {
    const storage = fakeStorage({"observablehq-sidebar": "true"});
    const root = fakeRoot();
    expect(classroomBoot(classroomMode, "?classroom=1", storage, root)).toBe(true);
    expect(root.classes.has("classroom")).toBe(true);
    expect(storage.map.get("customs-report:classroom")).toBe("1");
    expect(storage.map.get("observablehq-sidebar")).toBe("false");
    // the reader opens the sidebar on the next page: staying in the mode does not fold it again
    storage.setItem("observablehq-sidebar", "true");
    const next = fakeRoot();
    expect(classroomBoot(classroomMode, "", storage, next)).toBe(true);
    expect(next.classes.has("classroom")).toBe(true);
    expect(storage.map.get("observablehq-sidebar")).toBe("true");
  });

  test("leaving forgets the mode and the fold", () => {
    const storage = fakeStorage({"customs-report:classroom": "1", "observablehq-sidebar": "false"});
    const root = fakeRoot();
    root.classes.add("classroom");
    expect(classroomBoot(classroomMode, "?classroom=0", storage, root)).toBe(false);
    expect(root.classes.has("classroom")).toBe(false);
    expect([...storage.map.keys()]).toEqual([]);
  });

  test("without storage (blocked, or throwing) the address alone decides", () => {
    const throwing = {
      getItem: () => {
        throw new Error("SecurityError");
      },
      setItem: () => {
        throw new Error("SecurityError");
      },
      removeItem: () => {}
    };
    expect(classroomBoot(classroomMode, "?classroom=1", null, fakeRoot())).toBe(true);
    expect(classroomBoot(classroomMode, "?classroom=1", throwing, fakeRoot())).toBe(true);
    expect(classroomBoot(classroomMode, "", throwing, fakeRoot())).toBe(false);
  });
});

describe("classroomHeadScript", () => {
  test("the inlined source runs on its own: no outside names", () => {
    const run = (search: string, storage: ReturnType<typeof fakeStorage>) => {
      const root = fakeRoot();
      new Function("location", "window", "document", classroomHeadScript())({search}, {sessionStorage: storage}, {documentElement: root});
      return root.classes.has("classroom");
    };
    const storage = fakeStorage();
    expect(run("?classroom=1", storage)).toBe(true);
    expect(run("", storage)).toBe(true);
    expect(run("?classroom=0", storage)).toBe(false);
    expect(run("", storage)).toBe(false);
  });
});
