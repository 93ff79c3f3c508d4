package org.mizan.align;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.mizan.extract.quantity.BoundQuantity;
import org.mizan.extract.quantity.QuantityBinder;

class SeedDebugTests {

	@Test
	void printBindings() {
		QuantityBinder binder = new QuantityBinder();
		for (SeedFixtures.Article a : SeedFixtures.articles()) {
			List<BoundQuantity> bound = binder.bind(a.text(), a.sentences(), a.mentions());
			for (int i = 0; i < bound.size(); i++) {
				BoundQuantity b = bound.get(i);
				System.out.println(a.prefix() + " " + a.factIds().get(i) + " [" + b.mention().text() + "] " + b.unit() + " | "
						+ b.unitClass() + " | " + b.counted() + " | " + b.event() + "/" + b.eventClass() + " | "
						+ b.participants());
			}
		}
	}

}
