package org.corpusanalytics.testing;

import org.apache.beam.runners.direct.DirectOptions;
import org.apache.beam.runners.direct.DirectRunner;
import org.apache.beam.sdk.Pipeline;
import org.apache.beam.sdk.options.PipelineOptionsFactory;

/**
 * Pipelines for JUnit 5 tests: a plain {@link Pipeline} on the DirectRunner with its
 * immutability and encodability checks on, run by the test itself ({@code run().waitUntilFinish()}),
 * so that PAssert failures fail the test.
 */
public final class TestPipelines {
  private TestPipelines() {}

  public static Pipeline direct() {
    DirectOptions options = PipelineOptionsFactory.as(DirectOptions.class);
    options.setRunner(DirectRunner.class);
    options.setEnforceImmutability(true);
    options.setEnforceEncodability(true);
    options.setBlockOnRun(true);
    return Pipeline.create(options);
  }
}
