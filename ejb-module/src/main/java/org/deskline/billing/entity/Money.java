package org.deskline.billing.entity;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Currency;
import java.util.Objects;

/**
 * An amount in a currency, always at the currency's minor unit (2 digits for EUR, 0 for IRR): rounded half up
 * once, where a figure is first made, and only added afterwards, so a total is exactly the sum of its lines.
 * The minor unit is ISO 4217's, except the Iranian rial: ISO still gives it 2 digits (the dinar), which has not
 * been in use for decades, so rial amounts are whole.
 */
public record Money(BigDecimal amount, Currency currency) {

    public Money {
        Objects.requireNonNull(amount, "amount");
        Objects.requireNonNull(currency, "currency");
        amount = amount.setScale(digits(currency), RoundingMode.HALF_UP);
    }

    /** Digits after the decimal point that amounts in this currency carry. */
    public static int digits(Currency currency) {
        return "IRR".equals(currency.getCurrencyCode()) ? 0 : Math.max(currency.getDefaultFractionDigits(), 0);
    }

    public static Money of(String amount, String currency) {
        return new Money(new BigDecimal(amount), Currency.getInstance(currency));
    }

    /** An amount as stored beside its ISO currency code (the entities keep one currency column per row). */
    public static Money of(BigDecimal amount, String currency) {
        return new Money(amount, Currency.getInstance(currency));
    }

    public static Money zero(Currency currency) {
        return new Money(BigDecimal.ZERO, currency);
    }

    public Money plus(Money other) {
        if (!currency.equals(other.currency)) {
            throw new IllegalArgumentException("cannot add " + other.currency + " to " + currency);
        }
        return new Money(amount.add(other.amount), currency);
    }

    public boolean isNegative() {
        return amount.signum() < 0;
    }

    @Override
    public String toString() {
        return amount.toPlainString() + " " + currency.getCurrencyCode();
    }
}
