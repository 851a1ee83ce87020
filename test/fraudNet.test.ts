import * as tf from "@tensorflow/tfjs/dist/tf.fesm.js";
import {describe, expect, test} from "vitest";
import {trainFraudNet} from "../src/lib/fraud/network.js";
import {rocAuc} from "../src/lib/fraud/selection.js";
import {toyData} from "./toyData.js";

/** Toy: fraud iff x0 + x1 > 1 (separable), x2 noise. */
const toy = (n: number, seed: number) => toyData(n, seed, (x0, x1) => x0 + x1 > 1);

describe("BP fraud network (tfjs)", () => {
  test("learns a separable toy problem, repeats with the same seed, leaks no tensor", async () => {
    const train = toy(400, 1),
      test_ = toy(200, 2);
    const before = tf.memory().numTensors;
    const params = {hidden: [8, 4] as const, epochs: 30, batchSize: 32, learningRate: 0.02, seed: 3};
    const a = await trainFraudNet(train.X, train.y, [test_.X], params);
    const b = await trainFraudNet(train.X, train.y, [test_.X], params);
    expect(tf.memory().numTensors).toBe(before);
    expect(Array.from(a.predictions[0])).toEqual(Array.from(b.predictions[0]));
    expect(rocAuc(Array.from(a.predictions[0]), test_.y)).toBeGreaterThan(0.95);
    expect(a.loss[a.loss.length - 1]).toBeLessThan(a.loss[0]);
  });
  test("bad input is a clear error", async () => {
    await expect(trainFraudNet([[1, 2]], [0, 2], [])).rejects.toThrow(/trainFraudNet: label 1 is 2/);
    await expect(trainFraudNet([[1, 2]], [0, 1], [[[1], [2]]])).rejects.toThrow(/trainFraudNet: prediction set 0 has 2 features/);
  });
});
