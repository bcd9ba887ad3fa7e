package dev.gantry.model;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gantry.GantryIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

@GantryIntegrationTest
class SketchServiceIT {

    @Autowired
    SketchService sketches;

    @Test
    void drawingTheSameConnectionTwiceStoresItOnce() {
        SketchConnection first = sketches.connect("vpc-1", "Vpc Id", "sg-1", "Vpc Id");
        SketchConnection again = sketches.connect("vpc-1", "Vpc Id", "sg-1", "Vpc Id");

        assertThat(again.id()).isEqualTo(first.id());
        assertThat(sketches.connections()).filteredOn(c -> c.targetNode().equals("sg-1")).hasSize(1);
    }
}
