/**
 * Default English pack, for shops that serve English-speaking buyers. Written for this project;
 * same situations and tone as the Chinese pack, English variable names ({buyer}, {orderNo} …),
 * and mnemonic shortcuts (`ship`, `hi`) because English typists do not think in initials.
 */
import type { PackGroup } from './pack-types';

export const EN_US_PACK: PackGroup[] = [
  {
    name: 'Pre-sale',
    stage: 'presale',
    phrases: [
      {
        title: 'Greeting',
        shortcut: 'hi',
        body: 'Hello and welcome to {shop}! I am {agent}, happy to help. What can I do for you today?',
        tags: ['greeting', 'welcome'],
      },
      {
        title: 'Stock',
        shortcut: 'stock',
        body: 'Every colour and size you can select on the product page is in stock. Just place the order and we ship in the order payments arrive.',
        tags: ['stock'],
      },
      {
        title: 'Ship time',
        shortcut: 'ship',
        body: 'Orders paid before {cutoff} leave our warehouse the same day; orders paid later ship the next day.',
        tags: ['shipping', 'timing'],
      },
      {
        title: 'Courier',
        shortcut: 'courier',
        body: 'We ship with {courier} by default, which reaches almost every address. If you prefer another courier, leave a note with your order and we will do our utmost to arrange it; some couriers cost a little extra.',
        tags: ['courier', 'shipping'],
      },
      {
        title: 'Arrival time',
        shortcut: 'arrive',
        body: 'Once shipped, most parcels arrive within 2–4 days; remote areas can take a little longer. The courier’s tracking shows the exact progress.',
        tags: ['delivery', 'timing'],
      },
      {
        title: 'Price objection',
        shortcut: 'price',
        body: 'Our prices follow the materials and workmanship, and the margin is already slim, so I hope you understand. There is a spend-and-save offer in the shop right now; shall I work out what you would save?',
        tags: ['price', 'bargain'],
      },
      {
        title: 'Too expensive',
        shortcut: 'pricey',
        body: 'I understand: everyone wants good value. This one is solidly made and lasts, so the cost per use is low. Feel free to compare, and ask me anything along the way.',
        tags: ['price'],
      },
      {
        title: 'Quality and authenticity',
        shortcut: 'genuine',
        body: 'Everything in our shop is genuine, and every item is checked before it leaves the warehouse. If anything is wrong with the quality when it arrives, we will put it right.',
        tags: ['quality', 'genuine'],
      },
      {
        title: 'Colour difference',
        shortcut: 'colour',
        body: 'Our photos are of the real product, though screens show colours slightly differently. If the colour is far from what you expected when it arrives, just contact me.',
        tags: ['colour'],
      },
      {
        title: 'Material',
        shortcut: 'material',
        body: 'The fabric composition is listed in the specifications on the product page; it feels soft and breathes well. Is there anything about the material you would like to know?',
        tags: ['material', 'fabric'],
      },
      {
        title: 'Size advice',
        shortcut: 'size',
        body: 'Could you tell me your height, weight and usual size? I will check the size chart and suggest the right one.',
        tags: ['size'],
      },
      {
        title: 'Gifts',
        shortcut: 'gift',
        body: 'Orders placed now come with a small gift, packed in the same parcel, while gifts last.',
        tags: ['gift', 'promotion'],
      },
      {
        title: 'Free shipping',
        shortcut: 'freeship',
        body: 'Shipping is free on orders from {freeShipping} yuan; remote regions pay a small difference. If you are just short, the small items in our shop make a handy top-up.',
        tags: ['free shipping', 'postage'],
      },
      {
        title: 'Let me think',
        shortcut: 'think',
        body: 'Of course, take your time. You can add it to your cart so it is easy to find again, and I am here if any question comes up.',
        tags: ['undecided'],
      },
      {
        title: 'Payment help',
        shortcut: 'pay',
        body: 'Having trouble paying? Please check your balance or card limit, or try another payment method. If it still fails, send me a screenshot of the message and I will look into it.',
        tags: ['payment'],
      },
      {
        title: 'Out of stock',
        shortcut: 'soldout',
        body: 'Sorry, that option is out of stock at the moment; we will let you know as soon as it is back. Would another colour work, or shall I suggest a few similar items?',
        tags: ['out of stock', 'restock'],
      },
    ],
  },
  {
    name: 'In-sale',
    stage: 'insale',
    phrases: [
      {
        title: 'Payment reminder',
        shortcut: 'urge',
        body: 'Hi {buyer}, your order at {shop} is still waiting for payment. Pay before {cutoff} and it ships today. If anything gets in the way, let me know and I will help.',
        tags: ['payment', 'reminder'],
      },
      {
        title: 'Thanks after payment',
        shortcut: 'thanks',
        body: 'Thank you for your order! Payment for {orderNo} has arrived and we are preparing it for shipping. Contact me any time if you need anything.',
        tags: ['thanks', 'payment'],
      },
      {
        title: 'Verify address',
        shortcut: 'address',
        body: 'To make sure your parcel arrives safely, could you check the receiver, phone number and address on order {orderNo}? Reply "correct" if all is well, or tell me what to change.',
        tags: ['address', 'verify'],
      },
      {
        title: 'Change address',
        shortcut: 'chaddr',
        body: 'Sure, please send me the new receiver, phone number and full address and I will update the order. If the parcel has already left, I will ask {courier} to redirect it.',
        tags: ['address'],
      },
      {
        title: 'Shipped notice',
        shortcut: 'shipped',
        body: 'Your order {orderNo} left our warehouse on {today} with {courier}, tracking number {trackingNo}. You can follow it in the order details.',
        tags: ['shipping', 'notice'],
      },
      {
        title: 'Special request noted',
        shortcut: 'note',
        body: 'I have added your request to the order notes, and the warehouse will follow them when packing.',
        tags: ['remark'],
      },
    ],
  },
  {
    name: 'After-sale',
    stage: 'aftersale',
    phrases: [
      {
        title: 'Logistics check',
        shortcut: 'track',
        body: 'Your parcel ({courier} {trackingNo}) is out for delivery; please keep your phone at hand. Check the item when it arrives and tell me if anything is wrong.',
        tags: ['logistics', 'follow-up'],
      },
      {
        title: 'Logistics delay',
        shortcut: 'delay',
        body: 'Sorry for the wait! Your parcel has been held up in transit. I have asked {courier} to speed it up and will tell you as soon as there is news.',
        tags: ['logistics', 'delay'],
      },
      {
        title: 'Quality return',
        shortcut: 'return',
        body: 'I am so sorry the item let you down. Please send me a few photos of the problem; once confirmed, request a return in your order. For quality issues we cover the postage both ways.',
        tags: ['return', 'quality'],
      },
      {
        title: 'Exchange postage',
        shortcut: 'exchange',
        body: 'Happy to exchange it. Request an exchange in your order, send the item back with a note of the order number and the size or colour you want. For exchanges not caused by a fault, you pay the return postage and we pay for sending the new item.',
        tags: ['exchange', 'postage'],
      },
      {
        title: 'Refund progress',
        shortcut: 'refund',
        body: 'We have your refund request. As soon as the warehouse receives and checks the return, the refund goes back to your original payment method, usually within 1–3 working days.',
        tags: ['refund'],
      },
      {
        title: 'Damaged parcel',
        shortcut: 'damaged',
        body: 'I am very sorry it arrived damaged. Please send photos of the box and the damage; once checked, we will send a replacement or refund you right away.',
        tags: ['damage'],
      },
      {
        title: 'Review invite',
        shortcut: 'review',
        body: 'Your parcel has arrived: how do you like it? If you are happy, a review would mean a lot to us; if anything is not right, please tell me first so I can fix it.',
        tags: ['review'],
      },
      {
        title: 'Bad review apology',
        shortcut: 'badreview',
        body: 'Hello {buyer}, this is {agent} from {shop}. I saw your review and I am truly sorry we fell short this time. Could you tell me what happened? We will do all we can to make it right.',
        tags: ['bad review', 'apology'],
      },
      {
        title: 'Complaint first reply',
        shortcut: 'complaint',
        body: 'I completely understand how you feel, and I am sorry for the trouble this has caused. Please tell me what happened in as much detail as you can. I am {agent}, staff number {agentCode}, and I will follow this through personally.',
        tags: ['complaint', 'apology'],
      },
      {
        title: 'Callback',
        shortcut: 'callback',
        body: 'Hello, this is {agent} from {shop}. Has everything been sorted out since we last spoke, and is the item working well for you? I am here if you need anything.',
        tags: ['callback'],
      },
    ],
  },
  {
    name: 'General',
    stage: 'general',
    phrases: [
      {
        title: 'One moment',
        shortcut: 'wait',
        body: 'One moment please, I am checking that for you now.',
        tags: ['wait'],
      },
      {
        title: 'Still there?',
        shortcut: 'still',
        body: 'Are you still there? Is there anything I can explain further?',
        tags: ['follow-up'],
      },
      {
        title: 'Apology',
        shortcut: 'sorry',
        body: 'Sorry for the inconvenience; I am sorting it out for you right now.',
        tags: ['apology'],
      },
      {
        title: 'Off hours',
        shortcut: 'offhours',
        body: 'We are outside working hours right now. Your message is with us and we will reply as soon as we are back. Thank you for your patience.',
        tags: ['off hours'],
      },
      {
        title: 'Closing',
        shortcut: 'bye',
        body: 'Thank you for shopping at {shop}, and have a lovely day! Come back any time you need us.',
        tags: ['closing'],
      },
    ],
  },
];
