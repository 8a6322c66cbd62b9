package org.billingcenter.notification;

/**
 * Hands one text message to whatever carries them to phones. Like {@link MessageSender}, called
 * after the change that wrote the message has committed; throwing means "try again later". A
 * deployment provides its SMS gateway as a bean; without one, texts are written to the log.
 */
public interface TextSender {

    void send(String phone, String text);
}
